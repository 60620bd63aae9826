# Built-in functions applied to lists.
l = [3, -1, 4, 1, -5, 9, 2, 6]
print(len(l), min(l), max(l), sum(l), sorted(l), list(reversed(l)))
print(any(x > 8 for x in l), all(x > -10 for x in l), any([]), all([]))
print(min(l, key=abs), max(l, key=abs), max(l, key=lambda x: -x))
print(sum(l, 100), sum([[1], [2]], []), sum([0.5, 0.25]))
print(list(map(abs, l)), list(filter(lambda x: x > 0, l)), list(filter(None, [0, 1, "", "a"])))
print(list(zip(l, l[1:]))[:3], list(enumerate(l))[:2])
print(dict(enumerate(["a", "b"])), list(zip(*[[1, 2], [3, 4]])))
print(max([[1, 2], [1, 3]]), min(["b", "a"]), max([], default="none"))
print(min([], default=0), max([1], default=5), max(1, 2, 3), min("z", "y"))
try:
    max([])
except ValueError:
    print("ValueError max empty")
try:
    min([])
except ValueError:
    print("ValueError min empty")
print(isinstance(l, list), len([[]]), list(iter(l)) == l)
print(sorted(l, reverse=True)[:3], sum(sorted(l)[:3]))
counts = [l.count(x) for x in set(l)]
print(sum(counts) == len(l))
