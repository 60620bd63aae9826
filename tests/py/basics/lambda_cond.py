f = lambda x, y=2: x * y
print(f(3), f(3, 4), (lambda: 42)())
print([(lambda n: n + i)(1) for i in range(3)])
x = 5
print("big" if x > 3 else "small", "big" if x > 10 else "small")
print(sorted([3, 1, 2], key=lambda v: -v))
g = lambda *a, **k: (a, sorted(k.items()))
print(g(1, 2, z=3))
