class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("expected int for " + self.name)
        setattr(obj, self.name, value)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, type(Point.x).__name__, p._x)
try:
    p.x = "bad"
except TypeError as e:
    print(e)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Data:
    @Lazy
    def heavy(self):
        print("computing")
        return 42
d = Data()
print(d.heavy, d.heavy)
