# getattr/setattr/hasattr/delattr on modules, classes, instances and built-ins.
import sys
print(getattr(sys, "maxsize") == sys.maxsize, hasattr(sys, "no_such_attr"), getattr(sys, "nope", 0))
class K:
    a = 1
setattr(K, "b", 2)
print(K.b, getattr(K, "a"), hasattr(K, "b"))
delattr(K, "b")
print(hasattr(K, "b"))
k = K()
setattr(k, "a", "instance")
print(k.a, K.a)
delattr(k, "a")
print(k.a)
print(getattr("abc", "upper")(), getattr([1, 2], "index")(2), getattr(5, "no_such", "default"))
for obj, name in ((1, "x"), ("s", "y"), (None, "z")):
    try:
        setattr(obj, name, 1)
    except AttributeError:
        print(type(obj).__name__, "AttributeError")
print(hasattr(len, "x"), hasattr(K, "__init__"), hasattr(k, "__class__"))
try:
    getattr(k, "missing")
except AttributeError:
    print("AttributeError")
try:
    hasattr(k, 5)
except TypeError:
    print("TypeError")
name = "dyn"
setattr(k, name + "_1", 10)
print(getattr(k, "dyn_1"), [n for n in ("dyn_1", "dyn_2") if hasattr(k, n)])
