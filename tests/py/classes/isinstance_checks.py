# isinstance and issubclass with user hierarchies, built-ins and tuples of types.
class A:
    pass
class B(A):
    pass
class C:
    pass
class D(B, C):
    pass
objs = [A(), B(), C(), D(), 5, "s", None]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, B), isinstance(o, C), isinstance(o, (B, C)), isinstance(o, (int, str)))
print(issubclass(D, A), issubclass(D, (C, int)), issubclass(A, (B, C)), issubclass(A, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance([], (list, tuple)), isinstance((), list), isinstance({}, dict), isinstance(set(), (set, frozenset)))
print(isinstance(A, type), isinstance(int, type), isinstance(A(), type), issubclass(type, object))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(bool, (str, int)))
print(isinstance(D(), object), isinstance(None, object), issubclass(D, D))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError isinstance second arg")
try:
    issubclass(A(), A)
except TypeError:
    print("TypeError issubclass instance")
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "seq"
    return "other"
print([kind(v) for v in (True, 3, [1], (2,), "x", 2.5)])
print(isinstance(D(), (A,)), isinstance(D(), ()), issubclass(D, ()))
