# Tuple/list unpacking in assignments and for loops, with starred targets.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(a, b), c = (3, 4), 5
print(a, b, c)
[a, b, c] = "xyz"
print(a, b, c)
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = range(5)
print(init, last)
first, *mid, end = "hello"
print(first, mid, end)
x, *y = (1,)
print(x, y)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
a = b = c = [0]
print(a is b is c)
i = 0
l = [10, 20, 30]
i, l[i] = 1, 99
print(i, l)
a, b, c = {"p": 1, "q": 2, "r": 3}
print(a, b, c)
a, b = b"AB"
print(a, b)
head, *_ = iter([7, 8, 9])
print(head, _)
[p] = [42]
(q,) = (43,)
print(p, q)
