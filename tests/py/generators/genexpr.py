# Generator expressions are lazy and single-use.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]), min(x % 7 for x in range(20, 30)))
print(list(x for x in "abc" if x != "b"), tuple(i for i in range(3)), set(c for c in "aab") == {"a", "b"})
print(dict((k, v) for k, v in zip("xy", (1, 2))), "".join(str(i) for i in range(5)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5]))
log = []
def src():
    for i in range(3):
        log.append("produce %d" % i)
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
print(list(lazy), log)
print(sorted((x for x in [3, 1, 2]), reverse=True))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))
matrix = [[1, 2], [3, 4]]
print(list(sum(row) for row in matrix), list(v for row in matrix for v in row))
print(sum(1 for _ in range(1000)))
it = (1 / x for x in [1, 0])
print(next(it))
try:
    next(it)
except ZeroDivisionError:
    print("ZeroDivisionError raised lazily")
