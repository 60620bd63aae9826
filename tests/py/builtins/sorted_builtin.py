# sorted() returns a new list from any iterable; key and reverse work like list.sort.
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cba"), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}))
print(sorted(range(5), reverse=True), sorted(x % 3 for x in range(7)), sorted([]), sorted(""))
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted([[2, 1], [1, 2], [1]]))
print(sorted([0.5, -1, 2, True, False]))
original = [3, 2, 1]
result = sorted(original)
print(original, result, result is not original)
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
records = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
print([r["n"] for r in sorted(records, key=lambda r: (-r["v"], r["n"]))])
try:
    sorted([1, None])
except TypeError:
    print("TypeError")
try:
    sorted(5)
except TypeError:
    print("TypeError not iterable")
print(sorted("Mississippi", key=lambda c: (c.lower(), c)))
