# Wrappers can carry the wrapped function's name by copying it by hand.
def named(fn):
    def wrapper(*args, **kw):
        return fn(*args, **kw)
    return wrapper
@named
def original():
    return 1
print(original.__name__, original())
def keeps_name(fn):
    class Wrapper:
        def __init__(self):
            self.__name__ = fn.__name__
            self.wrapped = fn
        def __call__(self, *a):
            return self.wrapped(*a)
    return Wrapper()
@keeps_name
def important(x):
    return x + 1
print(important.__name__, important(1), important.wrapped is not important)
def identity(fn):
    return fn
@identity
def same():
    return "same"
print(same.__name__, same())
def conditional(enabled):
    def deco(fn):
        if not enabled:
            return fn
        return lambda *a: "[debug] " + str(fn(*a))
    return deco
@conditional(True)
def on(x):
    return x
@conditional(False)
def off(x):
    return x
print(on(1), off(1), off.__name__)
