def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show())
print(show(1, 2, a=3))
print(show(*range(3), *"ab", x=1, **{"y": 2}, **dict(z=3)))
args = (1, 2)
kw = {"sep": "-"}
print(*args, **kw)
def pos(a, b, c=3):
    return a + b + c
print(pos(*[1, 2]), pos(1, *[2]), pos(b=2, a=1), pos(*(1,), **{"b": 5, "c": 0}))
def kwonly(a, *, b):
    return a * b
print(kwonly(2, b=3))
try:
    kwonly(2, 3)
except TypeError as e:
    print("TypeError", e)
def varargs_only(*items):
    return len(items)
print(varargs_only(), varargs_only(*range(10)))
f = lambda: None
print(f())
def outer():
    def inner(x=len):
        return x("abc")
    return inner()
print(outer())
print((lambda *a, k=1: (a, k))(1, 2, k=3))
def rec(n, acc=()):
    return acc if n == 0 else rec(n - 1, acc + (n,))
print(rec(5))
def gen_fn(*a):
    yield from a
print(list(gen_fn(1, 2, 3)))
