# Class definition, instantiation, methods, and instance attributes.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.dist2(), p.dims, Point.dims)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
q = Point(0, 0)
print(q.dist2(), p is not q, type(p).__name__, type(p) is Point)
print(Point.__name__, isinstance(p, Point), isinstance(5, Point))
p.label = "extra"
print(p.label, hasattr(q, "label"))
m = p.move
print(m(10, 0).x, Point.move(p, -10, 0).x)
class Empty:
    pass
e = Empty()
e.a = 1
e.b = [2]
print(e.a, e.b, getattr(e, "c", "no c"))
try:
    e.c
except AttributeError:
    print("AttributeError")
class WithoutInit:
    value = 10
    def get(self):
        return self.value
w = WithoutInit()
print(w.get())
try:
    Point(1)
except TypeError:
    print("TypeError missing arg")
try:
    Empty(1)
except TypeError:
    print("TypeError no init args")
print(p.__class__ is Point, p.__class__.__name__)
