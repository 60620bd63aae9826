# Data descriptors (with __set__ or __delete__) win over the instance's own attributes; non-data
# descriptors (only __get__) lose to them. __delete__ runs on del, and class access passes None
# as the instance.
log = []
class Data:
    def __get__(self, obj, owner):
        log.append(("get", obj is None, owner.__name__))
        return "data" if obj is not None else "data on class"
    def __set__(self, obj, value):
        log.append(("set", value))
        obj.__dict__["shadow"] = value
    def __delete__(self, obj):
        log.append(("delete",))
class NonData:
    def __get__(self, obj, owner):
        return "nondata" if obj is not None else "nondata on class"
class Holder:
    d = Data()
    n = NonData()
h = Holder()
print(h.d, Holder.d, h.n, Holder.n)
h.d = 5
h.__dict__["d"] = "own d"
print(h.d, h.__dict__["shadow"])
h.n = "own n"
print(h.n, Holder.n)
del h.n
print(h.n)
del h.d
print(h.d, log)
class Sub(Holder):
    pass
print(Sub().d, Sub.n, Sub().n)
class Limited:
    def __init__(self, low, high):
        self.low, self.high = low, high
        self.values = {}
    def __get__(self, obj, owner):
        return self if obj is None else self.values.get(id(obj), self.low)
    def __set__(self, obj, value):
        if not self.low <= value <= self.high:
            raise ValueError("out of range")
        self.values[id(obj)] = value
class Radio:
    power = Limited(2, 14)
    channel = Limited(0, 7)
r1, r2 = Radio(), Radio()
r1.power = 14
r2.channel = 3
print(r1.power, r1.channel, r2.power, r2.channel, type(Radio.power).__name__)
for bad in (15, 1):
    try:
        r1.power = bad
    except ValueError as e:
        print("ValueError", e, r1.power)
