# An instance dict keeps its first entries inside the dict object, sized from what earlier
# instances of the class held. Every dict behaviour must hold across that room and past it:
# insertion order, deletes, growth while iterated, __dict__ identity and replacement, clearing,
# and the values (and keys that are not names) surviving collections.
import gc


class Bag:
    pass


def fill(obj, count, prefix="a"):
    for i in range(count):
        setattr(obj, prefix + str(i), i * i)
    return obj


# Sizes around the room's edges (5 by default, then the class's usual size, at most 16).
for count in (0, 1, 3, 4, 5, 6, 10, 11, 16, 17, 40):
    b = fill(Bag(), count)
    d = vars(b)
    print(count, len(d), list(d)[:3], list(d)[-2:], sum(d.values()))

# A class whose instances first hold 3 attributes, then far more: the later ones outgrow the
# room the class's usual size gave them.
class Grows:
    def __init__(self, n):
        self.x = n
        self.y = n + 1
        self.z = n + 2


small = [Grows(i) for i in range(5)]
big = [fill(Grows(i), 30, "b") for i in range(3)]
after = [Grows(i) for i in range(3)]
print([sorted(vars(g).items())[:4] for g in small[:2]])
print([(len(vars(g)), g.x, g.b29) for g in big])
print([list(vars(g)) for g in after])

# Deletes leave holes the next resize compacts; order is insertion order of what remains.
p = fill(Bag(), 5)
del p.a1
del p.a3
p.a1 = "back"
p.n = "new"
print(list(vars(p).items()))
for extra in range(12):
    setattr(p, "e%d" % extra, extra)
    if extra % 3 == 0:
        delattr(p, "e%d" % extra)
print(list(vars(p)))
try:
    del p.a3
except AttributeError as e:
    print("AttributeError", e)

# __dict__ is one object for the instance's whole life, before and after it grows.
q = Bag()
d = q.__dict__
q.a = 1
print(d is q.__dict__, d)
d["b"] = 2
fill(q, 20, "c")
print(d is q.__dict__, q.b, len(d), list(d)[:4])
d.clear()
print(vars(q), hasattr(q, "a"))
q.again = "after clear"
fill(q, 8, "f")
print(list(vars(q)))

# Replaced and deleted __dict__: the old dict lives on where it is referenced.
r = fill(Bag(), 3)
old = r.__dict__
r.__dict__ = {"fresh": 1}
print(r.fresh, old, hasattr(r, "a0"))
fill(r, 7, "g")
print(list(r.__dict__))
del r.__dict__
print(vars(r))
r.z = 5
print(vars(r), old["a2"])

# Growing a dict while iterating over it, inside and past the room.
for start in (2, 4, 5, 9):
    s = fill(Bag(), start)
    try:
        for key in vars(s):
            setattr(s, key + "_copy", 0)
        print("no error", start)
    except RuntimeError as e:
        print(start, "RuntimeError", e)
    print(len(vars(s)))

# Replacing a value during iteration is no size change.
t = fill(Bag(), 4)
for key in vars(t):
    setattr(t, key, "seen")
print(vars(t))

# Copies, views and methods on an instance dict.
u = fill(Bag(), 6)
c = u.__dict__.copy()
u.a0 = "changed"
print(c["a0"], u.__dict__.pop("a5"), u.__dict__.popitem(), list(u.__dict__.keys()))
print(dict(u.__dict__) == u.__dict__, u.__dict__.get("a4"), "a1" in u.__dict__)
u.__dict__.update({"x": 1}, y=2)
print(list(vars(u).items()))

# Values and keys that are not names must survive collections.
keep = []
for i in range(300):
    v = Bag()
    v.label = "item-%d" % i
    v.pair = [i, str(i)]
    v.__dict__["made " + str(i)] = (i,)
    v.__dict__[i] = "int key"
    if i % 7 == 0:
        keep.append(v)
    garbage = [Bag() for _ in range(20)]
gc.collect()
churn = [fill(Bag(), 9) for _ in range(500)]
gc.collect()
print(len(keep), keep[3].label, keep[3].pair, list(vars(keep[5]))[2:], vars(keep[-1])["made 294"])
print(sum(len(vars(b)) for b in churn))

# Once a class's instances are known to get attributes, a new one has its dict from the start:
# it must still look empty, and every way of making one must agree.
class Pt:
    def __init__(self, x=0):
        self.x = x
        self.y = x


made = [Pt(i) for i in range(3)]
bare = object.__new__(Pt)
print(vars(bare), hasattr(bare, "x"), Pt.__new__(Pt).__dict__)
bare.y = 1
print(vars(bare), vars(made[2]))
bare.__dict__ = {"x": "replaced"}
print(bare.x, vars(Pt(7)))


class Sub(Pt):
    def __init__(self):
        Pt.__init__(self, 5)
        self.extra = [1]


print([vars(Sub()) for _ in range(2)], vars(Pt()))

