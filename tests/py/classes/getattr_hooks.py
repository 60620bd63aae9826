class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xy, hasattr(d, "nope"), getattr(d, "nope", "dflt"))
class Rec:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
r = Rec()
r.a = 1
r.b = 2
print(r.log, r.a, r.b)
class Slotless:
    pass
s = Slotless()
s.x = 5
print(s.x, getattr(s, "x"), vars(s))
delattr(s, "x")
print(hasattr(s, "x"))
setattr(s, "y", 9)
print(s.y)
