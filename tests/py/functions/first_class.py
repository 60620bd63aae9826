# Functions as values: stored, passed, returned and compared.
def inc(x):
    return x + 1
def dec(x):
    return x - 1
table = {"inc": inc, "dec": dec}
print(table["inc"](5), table["dec"](5), [f(0) for f in (inc, dec)])
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(inc, 10, 0), apply_n(dec, 3, 0), apply_n(lambda v: v * 2, 5, 1))
def pick(name):
    if name == "up":
        return inc
    return dec
print(pick("up")(1), pick("down")(1), pick("up") is inc)
alias = inc
print(alias(41), alias is inc, alias == inc, inc != dec)
print(inc.__name__, alias.__name__, callable(inc), callable(5))
funcs = []
for f in [inc, dec, abs, str, len]:
    funcs.append(f)
print([f.__name__ for f in funcs])
print(list(map(inc, [1, 2])), sorted([-3, 1, -2], key=abs), max(["a", "bbb", "cc"], key=len))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, inc, inc)(5), compose()(7), compose(len, str)(12345))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def handler():
    return "handled"
print(registry, handler())
print(type(inc).__name__, type(len).__name__ in ("builtin_function_or_method", "function"))
