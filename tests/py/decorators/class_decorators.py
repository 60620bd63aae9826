# Decorators applied to classes and decorators implemented as classes.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta:
    pass
print(sorted(registry), registry["Alpha"] is Alpha)
def add_method(cls):
    def describe(self):
        return "I am " + type(self).__name__
    cls.describe = describe
    return cls
@add_method
class Gamma:
    pass
print(Gamma().describe())
def with_defaults(**defaults):
    def deco(cls):
        for k, v in defaults.items():
            setattr(cls, k, v)
        return cls
    return deco
@with_defaults(color="red", size=3)
class Widget:
    pass
print(Widget.color, Widget().size)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
class Prefix:
    def __init__(self, p):
        self.p = p
    def __call__(self, fn):
        return lambda *a: self.p + fn(*a)
@Prefix("pre-")
def word():
    return "fix"
print(word())
