# Multiple if-clauses, conditional expressions, and short-circuit inside comprehensions.
nums = range(-5, 6)
print([n for n in nums if n > 0 if n % 2])
print([n if n >= 0 else 0 for n in nums])
print(["fizz" * (n % 3 == 0) + "buzz" * (n % 5 == 0) or str(n) for n in range(1, 16)])
print([s.strip() for s in [" a ", "", "  ", "b"] if s.strip()])
print([(n, "neg" if n < 0 else "zero" if n == 0 else "pos") for n in (-1, 0, 1)])
calls = []
def check(v):
    calls.append(v)
    return v > 2
print([v for v in range(5) if v % 2 == 0 and check(v)], calls)
data = [{"ok": True, "v": 1}, {"ok": False, "v": 2}, {"ok": True, "v": 3}]
print([d["v"] for d in data if d["ok"]], sum(d["v"] for d in data if not d["ok"]))
print([c for c in "Hello World" if c.isupper() or c == " "])
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0 if x % 5 == 0])
words = ["alpha", "beta", "gamma", "delta"]
print([w for w in words if "a" in w[1:] and len(w) > 4])
print({w: len(w) for w in words if w.endswith("a")})
print([i * j for i in range(4) if i for j in range(4) if j > i])
