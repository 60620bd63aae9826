# __getattr__ is called only for attributes not found normally.
class Dynamic:
    existing = "class attr"
    def __init__(self):
        self.real = "instance attr"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: "generated " + name[4:]
        if name == "computed":
            return 99
        raise AttributeError(name)
d = Dynamic()
print(d.real, d.existing, d.computed, d.get_thing(), d.get_x())
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(d, "computed"), getattr(d, "missing", "default"), hasattr(d, "missing"), hasattr(d, "get_y"))
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.count(1))
class Record:
    def __init__(self, **fields):
        self._fields = fields
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name)
r = Record(a=1, b="two")
print(r.a, r.b, getattr(r, "c", None))
class Counted:
    lookups = 0
    def __getattr__(self, name):
        Counted.lookups += 1
        return len(name)
c = Counted()
c.x = 5
print(c.x, c.abc, c.hello, Counted.lookups)
