# Behaviour inherited from object: identity equality, hashability, str/repr shape.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a))
print({a: 1, b: 2}[a], len({a, b}), a in [a], b not in [a])
print(repr(a).startswith("<") and repr(a).endswith(">"), "Plain object" in str(a))
print(str(a) == repr(a), type(a).__name__, a.__class__.__name__)
try:
    a < b
except TypeError:
    print("TypeError ordering")
try:
    a + b
except TypeError:
    print("TypeError add")
try:
    len(a)
except TypeError:
    print("TypeError len")
try:
    iter(a)
except TypeError:
    print("TypeError iter")
try:
    a[0]
except TypeError:
    print("TypeError subscript")
try:
    a()
except TypeError:
    print("TypeError call")
print(bool(a), isinstance(a, object), issubclass(Plain, object))
o = object()
print(type(o).__name__, o == o, o != object())
try:
    o.x = 1
except AttributeError:
    print("AttributeError object() has no attributes")
