a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
[p, q] = {7: 0, 8: 0}
print(p, q)
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print(err)
try:
    a, b, c = [1]
except ValueError as err:
    print(err)
print(*[1, 2], *(3,), sep="-")
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]})
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
