# Decorators that transform arguments and results: coercion, defaults injection, clamping.
def coerce(*types):
    def deco(fn):
        def wrapper(*args):
            return fn(*[t(a) for t, a in zip(types, args)])
        return wrapper
    return deco
@coerce(int, float, str)
def show(a, b, c):
    return (a, b, c, type(a).__name__, type(b).__name__, type(c).__name__)
print(show("12", "2.5", 7))
def clamp(lo, hi):
    def deco(fn):
        def wrapper(*args, **kw):
            return max(lo, min(hi, fn(*args, **kw)))
        return wrapper
    return deco
@clamp(0, 100)
def percent(part, whole):
    return part * 100 // whole
print(percent(1, 3), percent(5, 2), percent(-1, 2))
def inject(**defaults):
    def deco(fn):
        def wrapper(*args, **kw):
            merged = dict(defaults)
            merged.update(kw)
            return fn(*args, **merged)
        return wrapper
    return deco
@inject(region="EU868", sf=7)
def configure(name, region, sf):
    return "%s:%s:SF%d" % (name, region, sf)
print(configure("a"), configure("b", sf=12), configure("c", region="US915"))
def gen_wrapper(fn):
    def wrapper(*args):
        for v in fn(*args):
            yield v * 10
    return wrapper
@gen_wrapper
def numbers(n):
    for i in range(n):
        yield i
print(list(numbers(4)))
