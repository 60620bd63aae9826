# Equality across types is False; ordering across unrelated types raises TypeError.
print(1 == "1", "1" == 1, [] == (), (1,) == [1], b"a" == "a", None == 0)
print(1 != "1", {} != [], set() == frozenset(), {1} == frozenset([1]))
print([1, 2] == [1, 2], (1, 2) == (1, 2), [1, [2]] == [1, [2]])
print({"a": 1} == {"a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} == {"a": 2})
print("abc" < "abd", "abc" < "ab", "" < "a", "B" < "a", "a" < "aa")
print(b"abc" < b"abd", b"\xff" > b"\x00", bytearray(b"a") == b"a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print((1, "a") < (1, "b"), (0,) < (0, 0))
for a, b in [(1, "1"), ("a", 1), ([], ()), (None, 0), ({}, {}), (1, None), ([1], (1,))]:
    try:
        print(a < b)
    except TypeError:
        print("TypeError <", type(a).__name__, type(b).__name__)
try:
    sorted([1, "a", 2])
except TypeError:
    print("TypeError sorted")
try:
    print(max("a", 1))
except TypeError:
    print("TypeError max")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} < {1, 2, 3}, {4} > set())
print(1.0 == 1, 1.5 > 1, True == 1.0)
class A:
    pass
x = A()
print(x == x, x != x, x == A(), x != A())
