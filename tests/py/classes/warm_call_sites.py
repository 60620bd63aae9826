# Attribute, method and global lookups from call sites that already ran several times must see
# later changes: methods patched on a class or a base, instance attributes shadowing and then
# unshadowing class ones, a property replaced by a plain attribute, a __getattr__ added to a
# class afterwards, globals rebound through globals(), and builtins patched and restored.
class A:
    x = 1
    def m(self):
        return "A.m"
class B(A):
    pass
def read(o):
    return o.m(), o.x
b = B()
print([read(b) for _ in range(4)])
A.m = lambda self: "A.m patched"
print(read(b))
B.m = lambda self: "B.m own"
print(read(b))
del B.m
print(read(b))
b.m = lambda: "instance callable"
print(read(b))
del b.m
A.x = 5
print(read(b))
b.x = 7
print(read(b), read(B()))
del b.x
print(read(b))
# Two classes alternating through one call site.
class S1:
    def who(self):
        return "S1"
class S2:
    def who(self):
        return "S2"
print([o.who() for o in [S1(), S2(), S1(), S2(), S1()]])
S2.who = lambda self: "S2 patched"
print([o.who() for o in [S1(), S2(), S1()]])
# A property replaced by a class attribute, then shadowed by an instance attribute.
class P:
    @property
    def v(self):
        return "property"
p = P()
def read_v(o):
    return o.v
print(read_v(p), read_v(p), read_v(p))
P.v = "class attribute"
print(read_v(p))
p.v = "instance attribute"
print(read_v(p))
# __getattr__ only runs for missing attributes, even when added after the site warmed up.
class H:
    pass
h = H()
def read_q(o):
    try:
        return o.q
    except AttributeError:
        return "AttributeError"
print(read_q(h), read_q(h))
H.__getattr__ = lambda self, name: "fallback " + name
print(read_q(h))
h.q = "real q"
print(read_q(h))
# Globals and builtins.
g = 1
def read_g():
    return g
print(read_g(), read_g())
g = 2
print(read_g())
globals()["g"] = 3
print(read_g())
def absolute():
    return abs(-3)
print(absolute(), absolute())
import builtins
original = builtins.abs
builtins.abs = lambda v: "patched abs"
print(absolute())
abs = lambda v: "global abs"
print(absolute())
del abs
builtins.abs = original
print(absolute())
# A method resolved through the base keeps following the base until the subclass overrides it.
class Base:
    def hook(self):
        return "base"
    def run(self):
        return self.hook()
class Derived(Base):
    pass
d = Derived()
print(d.run(), d.run(), d.run())
Derived.hook = lambda self: "derived"
print(d.run())
Base.hook = lambda self: "base again"
print(d.run(), Base().run())
