# Comprehension targets with tuple unpacking, nested unpacking and starred names.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n * 2 for n, _ in pairs], {c: n for n, c in pairs}, {c for _, c in pairs} == {"a", "b", "c"})
nested = [((1, 2), "x"), ((3, 4), "y")]
print([a + b for (a, b), _ in nested], [tag * a for (a, _), tag in nested])
rows = [[1, 2, 3], [4, 5], [6]]
print([first for first, *rest in rows], [rest for first, *rest in rows], [last for *_, last in rows])
d = {"k1": (1, [2, 3]), "k2": (4, [5])}
print([(k, a, len(lst)) for k, (a, lst) in d.items()])
print([i * v for i, v in enumerate("abc", 1)], dict((v, i) for i, v in enumerate("xyz")))
