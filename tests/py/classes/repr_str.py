# __repr__ and __str__ and where each is used.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "just str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b})
print("%s %r" % (b, b), "{} {!r} {!s}".format(b, b, b), f"{b} {b!r}")
print(repr(s).startswith("<"), "StrOnly object" in repr(s))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
print(Point(1, "a"), [Point(0, 0)], str(Point(1.5, None)))
class Nested:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return "Nested(" + repr(self.child) + ")"
print(Nested(Nested(Point(1, 2))))
class Sub(Point):
    pass
print(Sub(3, 4))
class Named:
    def __repr__(self):
        return "<%s>" % type(self).__name__
class Child(Named):
    pass
print(Named(), Child())
