# __setattr__ and __delattr__ intercept attribute assignment and deletion.
class Locked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        if name.startswith("_"):
            raise AttributeError("private")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
l = Locked()
l.x = 1
l.y = "two"
print(l.x, l.y)
try:
    l._secret = 1
except AttributeError as e:
    print("AttributeError", e)
del l.x
print(hasattr(l, "x"), l.log)
class Upper:
    def __setattr__(self, name, value):
        if isinstance(value, str):
            value = value.upper()
        object.__setattr__(self, name, value)
u = Upper()
u.name = "quiet"
u.n = 3
setattr(u, "other", "abc")
print(u.name, u.n, u.other)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
f = Frozen(7)
try:
    f.v = 8
except AttributeError:
    print("cannot modify", f.v)
