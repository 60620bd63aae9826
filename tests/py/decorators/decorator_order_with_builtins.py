# Stacking user decorators with staticmethod, classmethod and property in the right order.
calls = []
def traced(fn):
    def wrapper(*args, **kw):
        calls.append(fn.__name__)
        return fn(*args, **kw)
    return wrapper
class Service:
    prefix = "svc"
    def __init__(self, n):
        self.n = n
    @staticmethod
    @traced
    def helper(x):
        return x * 2
    @classmethod
    @traced
    def create(cls, n):
        return cls(n)
    @property
    @traced
    def doubled(self):
        return self.n * 2
    @traced
    def plain(self, k):
        return "%s-%d-%s" % (self.prefix, self.n, k)
s = Service.create(5)
print(s.n, Service.helper(4), s.helper(1), s.doubled, s.plain("x"))
print(calls)
class Child(Service):
    prefix = "child"
c = Child.create(7)
print(type(c).__name__, c.plain("y"), c.doubled, calls[-3:])
