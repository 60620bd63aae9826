# enumerate() with default and custom start values.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate(range(3), -2)), list(enumerate(["x"], 2 ** 40)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
print(dict(enumerate("ab")), {v: i for i, v in enumerate("ab")})
def gen():
    yield "g1"
    yield "g2"
print(list(enumerate(gen(), 10)))
it = iter([5, 6, 7])
next(it)
print(list(enumerate(it)))
try:
    enumerate(5)
except TypeError:
    print("TypeError")
print(max(enumerate([3, 9, 2]), key=lambda p: p[1]), sorted(enumerate("cab"), key=lambda p: p[1]))
total = 0
for idx, val in enumerate([10, 20, 30], start=1):
    total += idx * val
print(total)
