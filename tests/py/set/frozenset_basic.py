# frozenset: immutable, hashable, and interoperable with set.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 1 in f, type(f).__name__)
print(frozenset(), frozenset() == set(), frozenset("aab") == frozenset("ab"))
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__)
print(sorted(f & {1, 9}), sorted(f - {1}), sorted(f ^ {1, 5}))
print(sorted(f.union([7])), sorted(f.intersection([1, 2])), f.issubset({1, 2, 3, 4}))
try:
    f.add(5)
except AttributeError:
    print("AttributeError add")
try:
    f.remove(1)
except AttributeError:
    print("AttributeError remove")
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
g = f.copy()
print(g == f, sorted(g))
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(sorted(len(x) for x in nested), frozenset([1]) in nested)
print(repr(frozenset()), repr(frozenset([5])), repr({5}))
