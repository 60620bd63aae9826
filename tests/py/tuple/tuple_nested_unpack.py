# Deeply nested tuple packing and unpacking in assignments, loops and function returns.
data = (1, (2, 3), ((4, 5), 6))
a, (b, c), ((d, e), f) = data
print(a, b, c, d, e, f)
points = [((0, 0), "origin"), ((1, 2), "p"), ((-3, 4), "q")]
for (x, y), name in points:
    print(name, x * x + y * y)
def split_name(full):
    first, *middle, last = full.split()
    return first, tuple(middle), last
print(split_name("ada king lovelace"), split_name("alan turing"))
(f1, (m1,), l1) = ("x", ("y",), "z")
print(f1, m1, l1)
matrix = ((1, 2), (3, 4))
((p, q), (r, s)) = matrix
print(p * s - q * r)
swap = lambda t: (t[1], t[0])
print(swap(swap((1, 2))), tuple(map(swap, [(1, 2), (3, 4)])))
t = ()
t += (1,)
t += (2, 3)
print(t, t[::-1], t * 2, len(t))
