# Hand-written reduce, partial application, currying and function composition.
def reduce(fn, items, initial=None):
    it = iter(items)
    acc = next(it) if initial is None else initial
    for v in it:
        acc = fn(acc, v)
    return acc
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 8)), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(lambda a, b: b + a, "abc", ""))
def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*(pargs + args), **merged)
    return call
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), two_to(10, mod=1000), partial(power, 3, 4)())
def curry(fn, n):
    def curried(*args):
        if len(args) >= n:
            return fn(*args[:n])
        return lambda *more: curried(*(args + more))
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns)
pipeline = compose(str, lambda x: x * 2, abs)
print(pipeline(-21), compose(len, str.strip)("  hi  "))
def apply_all(fns, value):
    return [f(value) for f in fns]
print(apply_all([abs, str, lambda v: v * v, float], -3))
