# namedtuple: fields from a list or a string, keyword construction, tuple behaviour and helpers.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p), p == (1, 2), hash(p) == hash((1, 2)))
q = Point(y=5, x=4)
print(q, q._replace(y=0), q._asdict(), Point._make([7, 8]), Point._fields)
x, y = q
print(x + y, sorted([Point(2, 1), Point(1, 9), Point(1, 2)]), max(Point(1, 2), Point(1, 3)))
Rec = namedtuple("Rec", "id name, value")
r = Rec(1, "n", 2.5)
print(r, r.name, isinstance(r, tuple), type(r).__name__, Rec._fields, r.count(1), r.index("n"))
print({p: "as key"}[Point(1, 2)], p + (3,), p[1:], p * 2)
for build in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)):
    try:
        build()
        print("built")
    except TypeError:
        print("TypeError")
try:
    p.x = 3
except AttributeError:
    print("AttributeError")
for bad in (["a", "a"], ["1x"], ["_p"], ["ok", "class-"]):
    try:
        namedtuple("T", bad)
        print("made", bad)
    except ValueError:
        print("ValueError", bad)
class Sub(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y
print(Sub(3, 4).norm(), Sub(3, 4))
