# Closures and comprehensions that read free variables, called with positional arguments (the
# common call, which the loop sets up inline): the free variables are the cells as they are at
# the call, and other call shapes still bind as before.
def outer(base):
    scale = 3

    def inner(x):
        return base + x * scale

    def set_scale(s):
        nonlocal scale
        scale = s

    return inner, set_scale

inner, set_scale = outer(10)
print(inner(1), inner(2))
set_scale(-1)
print(inner(1), inner(2))

# Comprehensions over free variables of the function around them, nested.
def table(rows, cols):
    offset = 100
    return [[offset + r * cols + c for c in range(cols)] for r in range(rows)]

print(table(2, 3), table(0, 3), table(2, 0))

def columns(state):
    out = []
    for c in range(2):
        a = state[2 * c:2 * c + 2]
        t = a[0] ^ a[1]
        out += [a[i] ^ t for i in range(2)]
    return out

print(columns([1, 2, 3, 4]))

# Recursion through a closure, deep enough to need many frames.
def counter():
    calls = 0

    def down(n):
        nonlocal calls
        calls += 1
        return 0 if n == 0 else 1 + down(n - 1)

    return down, lambda: calls

down, calls = counter()
print(down(500), calls())

# Wrong argument counts, keywords, defaults and *args take the general binding.
def make(k):
    def f(a, b):
        return (a, b, k)

    def g(a, b=2, *rest):
        return (a, b, rest, k)

    return f, g

f, g = make("k")
print(f(1, 2), f(b=1, a=2), g(1), g(1, 3, 4, 5))
for args in [(), (1,), (1, 2, 3)]:
    try:
        f(*args)
    except TypeError:
        print(len(args), "arguments: TypeError")

# A free variable not yet bound when the closure runs.
def late():
    def read():
        return value

    try:
        read()
    except NameError:
        print("NameError")
    value = 5
    return read()

print(late())

# A generator and a lambda with free variables.
def gen_maker(step):
    return (lambda n: [i * step for i in range(n)]), (i + step for i in range(3))

lam, gen = gen_maker(7)
print(lam(3), list(gen))
