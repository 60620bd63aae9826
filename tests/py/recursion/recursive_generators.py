# Recursive generators: tree walks and permutations.
def walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for c in children:
        yield from walk(c, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", [])])
for d, n in walk(tree):
    print("  " * d + n)
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(perms([1, 2, 3])), sum(1 for _ in perms(list(range(6)))))
def subsets(s):
    if not s:
        yield ()
        return
    for rest in subsets(s[1:]):
        yield rest
        yield (s[0],) + rest
print(sorted(subsets((1, 2, 3))))
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(list(countdown(30))[-5:], sum(countdown(100)))
