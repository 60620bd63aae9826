# List comprehensions with filters, nesting, and expressions.
print([x for x in range(5)], [x * x for x in range(5) if x % 2 == 0], [c.upper() for c in "abc"])
print([(x, y) for x in range(3) for y in range(3) if x < y])
print([[x * y for y in range(3)] for x in range(3)])
print([x for row in [[1, 2], [3], []] for x in row], [y for x in range(4) if x for y in range(x) if y])
print([x if x > 2 else -x for x in range(5)], [len(w) for w in "the quick brown".split()])
print([i for i in range(10) if i % 2 if i % 3], [s for s in ["", "a", None, "b"] if s])
print([f(3) for f in (abs, str, float)], [(i, c) for i, c in enumerate("xy")])
print([k for k in {"b": 1, "a": 2}], [v for _, v in sorted({"b": 1, "a": 2}.items())])
x = "outer"
print([x for x in "ab"], x)
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
class C:
    factor = 3
    data = [factor * 1, factor * 2]
print(C.data)
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([[0] * 2 for _ in range(2)], [[r, c] for r in range(2) for c in "ab"])
words = ["apple", "Bob", "cat"]
print(sorted([w.lower() for w in words]), [w[::-1] for w in words if len(w) > 3])
print(len([None for _ in range(1000)]), [i for i in []])
