# issubclass() with single classes, tuples, built-in types and errors.
class A:
    pass
class B(A):
    pass
class C(B):
    pass
class D:
    pass
print(issubclass(C, A), issubclass(C, B), issubclass(A, C), issubclass(D, A), issubclass(A, A))
print(issubclass(C, (D, A)), issubclass(D, (A, B)), issubclass(C, ()), issubclass(C, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(type, object))
print(issubclass(KeyError, Exception), issubclass(KeyError, (ValueError, LookupError)))
print(issubclass(list, object), issubclass(dict, list), issubclass(frozenset, set))
for bad in [(1, int), (A(), A), (A, 1)]:
    try:
        issubclass(*bad)
    except TypeError:
        print("TypeError", type(bad[0]).__name__, type(bad[1]).__name__)
classes = [A, B, C, D, int, bool]
print([c.__name__ for c in classes if issubclass(c, A)], [c.__name__ for c in classes if issubclass(c, int)])
