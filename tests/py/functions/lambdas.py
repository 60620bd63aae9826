# Lambda expressions: defaults, closures, immediate calls and use as keys.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "now")(), (lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(lambda x: x % 2, range(6))))
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7))
compose = lambda f, g: lambda x: f(g(x))
print(compose(double, triple)(1), compose(str, sq)(4))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print((lambda x: (lambda y: x + y))(1)(2))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(4)])
print((lambda a, *b, c=0, **d: (a, b, c, d))(1, 2, 3, c=4, e=5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(type(sq).__name__, sq.__name__ if hasattr(sq, "__name__") else "?")
