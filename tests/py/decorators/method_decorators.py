# Decorators on methods: the wrapper receives self like any other argument.
def logged(fn):
    def wrapper(self, *args):
        self.log.append(fn.__name__)
        return fn(self, *args)
    return wrapper
class Service:
    def __init__(self):
        self.log = []
    @logged
    def start(self):
        return "started"
    @logged
    def send(self, data):
        return len(data)
s = Service()
print(s.start(), s.send("abc"), s.log)
def cached(fn):
    def wrapper(self, n):
        key = (fn.__name__, n)
        if key not in self.cache:
            self.cache[key] = fn(self, n)
        return self.cache[key]
    return wrapper
class Calc:
    def __init__(self):
        self.cache = {}
        self.calls = 0
    @cached
    def square(self, n):
        self.calls += 1
        return n * n
c = Calc()
print(c.square(4), c.square(4), c.square(5), c.calls)
class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @staticmethod
    def unit():
        return Shape(1, 1)
    @classmethod
    def square(cls, side):
        return cls(side, side)
print(Shape(2, 3).area, Shape.unit().area, Shape.square(4).area)
def decorate_static(fn):
    return staticmethod(lambda *a: "wrapped " + fn(*a))
class Holder:
    @decorate_static
    def hello(name):
        return "hello " + name
print(Holder.hello("x"), Holder().hello("y"))
