# A decorator wraps a function and is applied at definition time.
log = []
def trace(fn):
    log.append("decorating " + fn.__name__)
    def wrapper(*args, **kw):
        log.append("call %s%r" % (fn.__name__, args))
        return fn(*args, **kw)
    return wrapper
print(log)
@trace
def add(a, b):
    return a + b
print(log)
print(add(1, 2), add(b=3, a=4))
print(log)
def double_result(fn):
    return lambda *a: fn(*a) * 2
@double_result
def three():
    return 3
print(three())
def replace_with_constant(fn):
    return 42
@replace_with_constant
def gone():
    pass
print(gone)
def register_only(fn):
    registry.append(fn)
    return fn
registry = []
@register_only
def a():
    return "a"
@register_only
def b():
    return "b"
print([f() for f in registry], a is registry[0])
def manual(fn):
    return trace(fn)
def mul(x, y):
    return x * y
mul = manual(mul)
print(mul(6, 7), log[-1])
