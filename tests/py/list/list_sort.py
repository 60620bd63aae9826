# list.sort and sorted with key and reverse.
l = [5, 2, 9, 1, 5, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted([3.5, -1, 2, 0.0, -7.25]), sorted("hello"), sorted((3, 1, 2)))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, reverse=True))
r = l.sort()
print(r)
e = []
e.sort()
print(e, sorted([]), sorted([1]))
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError mixed")
nested = [[3, 1], [1, 2], [1, 1], [2]]
nested.sort()
print(nested)
m = [-3, 2, -1, 4]
m.sort(key=abs)
print(m)
print(sorted(range(10), key=lambda x: x % 3))
print(sorted([True, False, 0, 1, -1]))
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is orig)
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-3:], big == list(range(1, 101)))
