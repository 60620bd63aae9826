# Set and dict comprehensions, including nested and conditional forms.
print(sorted({x % 4 for x in range(20)}), sorted({c for c in "hello" if c != "l"}))
print({x: x ** 2 for x in range(5)}, {k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print({w[0]: w for w in ["apple", "avocado", "banana"]})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
print({k: sorted(v) for k, v in {"x": {3, 1}, "y": {2}}.items()})
print({i: {j for j in range(i)} for i in range(3)} == {0: set(), 1: {0}, 2: {0, 1}})
text = "the cat and the hat and the bat"
freq = {w: text.split().count(w) for w in sorted(set(text.split()))}
print(freq)
print({v: k for k, v in freq.items()})
print(sorted({len(w) for w in text.split()}), {len(w) for w in []})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
names = ["ann", "bob"]
ages = [30, 25]
print({n: a for n, a in zip(names, ages)}, dict(zip(names, ages)) == {n: a for n, a in zip(names, ages)})
print({i % 3: i for i in range(10)}, len({i % 3 for i in range(10)}))
