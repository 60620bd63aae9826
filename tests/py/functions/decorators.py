def trace(fn):
    def wrapper(*args, **kw):
        print("calling", fn.__name__, args)
        return fn(*args, **kw)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
def repeat(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("x"))
def tag(cls):
    cls.tagged = True
    return cls
@tag
class T:
    pass
print(T.tagged)
print(add.__name__, hi.__name__)
def documented():
    "the doc"
print(documented.__doc__)
