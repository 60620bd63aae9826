# One attribute site meeting instances whose dicts hold the name at different entries, or another
# name at the entry the site saw first: the site's cache may only answer for the name it was made
# for, whatever the instances of the class share.


class P:
    pass


def make(order):
    p = P()
    for name in order:
        setattr(p, name, name.upper())
    return p


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


a = make("xy")       # x at entry 0
b = make("yx")       # y at entry 0, x at entry 1
c = make("y")        # y at entry 0, no x
d = make("zwx")      # x at entry 2
for o in [a, b, c, d, a, c, b, d]:
    try:
        print(read_x(o))
    except AttributeError as e:
        print("AttributeError", e)

# A write at a site first made for another object's layout.
for o, v in [(a, 1), (b, 2), (c, 3), (d, 4), (a, 5)]:
    write_x(o, v)
    print(sorted(vars(o).items()))

# Deleting the name and adding it again moves it to another entry.
e = make("xyz")
print(read_x(e))
del e.x
try:
    read_x(e)
except AttributeError as err:
    print("AttributeError", err)
e.x = "again"
print(read_x(e), list(vars(e)))
del e.y
print(read_x(e), list(vars(e)))

# A dict replaced whole, and a dict cleared.
f = make("xy")
print(read_x(f))
f.__dict__ = {"q": 1, "x": "replaced"}
print(read_x(f))
f.__dict__.clear()
try:
    read_x(f)
except AttributeError as err:
    print("AttributeError", err)


# Subclasses, slots, properties and class attributes at the same site.
class Q(P):
    pass


class S:
    __slots__ = ("x", "y")

    def __init__(self):
        self.y = "slot y"
        self.x = "slot x"


class Prop:
    @property
    def x(self):
        return "property x"


class ClassAttr:
    x = "class x"


q = Q()
q.y = "qy"
q.x = "qx"
ca = ClassAttr()
for o in [a, q, S(), Prop(), ca, b, q]:
    print(type(o).__name__, read_x(o))
ca.x = "shadowing instance x"
print(read_x(ca), read_x(ClassAttr()))
del ca.x
print(read_x(ca))

# The class changed under the cache: a property added later wins over the instance dict.
P.x = property(lambda self: "property added to P")
print(read_x(a), read_x(q))
del P.x
print(read_x(a), read_x(q))
