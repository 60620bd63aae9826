# Tuples compare lexicographically and are hashable when their items are.
pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1,), (1, 0)), ((), ()), ((2,), (1, 5)), (("a", 1), ("a", 0))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b)
print((1, 2) == [1, 2], (1, 2) != (2, 1), (1, 2.0) == (1, 2))
try:
    (1, 2) < (1, "a")
except TypeError:
    print("TypeError")
d = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(d[(0, 0)], d[0, 1], (1, 0) in d, (2, 2) in d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError:
    print("TypeError unhashable item")
try:
    {([1],): 1}
except TypeError:
    print("TypeError dict key")
points = [(3, 1), (1, 2), (1, 1), (2, 5)]
print(sorted(points), min(points), max(points), sorted(points, key=lambda p: p[1]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
memo = {}
for a in range(3):
    for b in range(3):
        memo[(a, b)] = a * b
print(memo[(2, 2)], len(memo), sum(memo.values()))
