# Tuple construction, the one-element comma, indexing and concatenation.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], type(t).__name__)
print((), (1,), (1), 1,)
one = 5,
print(one, len(one), type(one).__name__)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple((1,)))
print(t + (4,), (0,) + t, t * 2, 2 * t, t * 0, () * 3)
print(2 in t, 9 in t, (1, 2) in [(1, 2)], () == tuple())
x = 1, "a", None
print(x)
a, b, c = x
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[0] + nested[1])
print(tuple(x * x for x in range(4)))
e = ()
print(len(e), bool(e), bool((0,)), e + e)
try:
    t[5]
except IndexError:
    print("IndexError")
try:
    t + [4]
except TypeError:
    print("TypeError tuple + list")
print(repr((1,)), repr(("a", "b")), str(((),)))
print(t.count(2), t.index(3), tuple(reversed(t)), sorted(t, reverse=True))
