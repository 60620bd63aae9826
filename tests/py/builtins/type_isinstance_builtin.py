# type() comparisons versus isinstance() with inheritance and bool/int.
values = [1, True, 1.0, "1", b"1", [1], (1,), {1: 1}, {1}, None, range(1)]
for v in values:
    print(repr(v), type(v).__name__, isinstance(v, int), type(v) is int)
class Base:
    pass
class Derived(Base):
    pass
d = Derived()
print(type(d) is Derived, type(d) is Base, isinstance(d, Base), type(d).__bases__[0] is Base)
print(type(type(d)) is type, type(Base) is type, isinstance(Base, type))
print(type(True) is bool, isinstance(True, int), type(1) is bool)
print(type("") == str, type(b"") == bytes, type(bytearray()) == bytearray, type(frozenset()) == frozenset)
print(type(iter([])) is type(iter([])), type(x for x in []) is type(x for x in []))
print(type(None).__name__, type(NotImplemented) is type(NotImplemented))
