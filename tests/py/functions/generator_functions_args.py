# Generator functions accept defaults, *args, **kwargs and keyword-only parameters like any function.
def gen(a, b=2, *rest, step=1, **opts):
    yield a
    yield b
    for r in rest:
        yield r
    yield step
    for k in sorted(opts):
        yield (k, opts[k])
print(list(gen(1)), list(gen(1, 5, 6, 7, step=3, z=1, y=2)))
def countdown(start, *, stop=0):
    while start > stop:
        yield start
        start -= 1
print(list(countdown(5)), list(countdown(5, stop=3)))
try:
    list(countdown(5, 3))
except TypeError:
    print("TypeError: stop is keyword-only")
g = gen(10)
print(next(g), next(g), next(g), next(g, "end"))
lam = lambda *a: (x * 2 for x in a)
print(list(lam(1, 2, 3)))
