# A class call whose __init__ is a Python function runs that __init__ as an ordinary frame of the
# caller's loop; the result must still be the instance, whatever __init__ does. Each case runs at
# several call sites and several times, so warm caches meet later changes to the class.
class Point:
    def __init__(self, x, y=2, *, z=3):
        self.x, self.y, self.z = x, y, z

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.z)


print([Point(i) for i in range(3)], Point(1, z=9), Point(y=5, x=4))
import sys
mod = sys.modules[__name__]
print(mod.Point(7), [mod.Point(i, i) for i in range(2)])


# __init__ rebinding self: the result is still the new instance.
class Rebind:
    def __init__(self):
        self.a = 1
        self = None


print([type(Rebind()).__name__ for _ in range(3)], Rebind().a)


# __init__ returning a value other than None.
class Returns:
    def __init__(self, v):
        self.v = v
        return v


for v in (None, 0, "x"):
    for _ in range(2):
        try:
            print("made", Returns(v).v)
        except TypeError as e:
            print("TypeError", e)


# __init__ raising, caught by the caller and in a frame above.
class Raises:
    def __init__(self, n):
        if n % 2:
            raise ValueError("odd %d" % n)
        self.n = n


def build(n):
    return Raises(n)


out = []
for n in range(5):
    try:
        out.append(build(n).n)
    except ValueError as e:
        out.append(str(e))
print(out)


# Wrong arguments: the same errors as any call.
for args in ((), (1, 2, 3), (1, 2, 3, 4)):
    try:
        Point(*args)
        print("made")
    except TypeError as e:
        print("TypeError", e)
try:
    Point(1, q=2)
except TypeError as e:
    print("TypeError", e)


# Classes whose construction is not the plain one keep their meaning.
class WithNew:
    def __new__(cls, v):
        print("new", v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


class Meta(type):
    def __call__(cls, *args):
        print("Meta call", args)
        return super().__call__(*args)


class Metaed(metaclass=Meta):
    def __init__(self, a):
        self.a = a


class GenInit:
    def __init__(self):
        yield 1


class Sub(Point):
    pass


class SubList(list):
    def __init__(self, items):
        super().__init__(items)
        self.extra = len(items)


for _ in range(2):
    print(WithNew(5).v, NotMine(), Metaed(3).a, Sub(1, 1), SubList([1, 2]), SubList([1]).extra)
    try:
        GenInit()
    except TypeError as e:
        print("TypeError", e)


# The class changes after its call sites are warm.
class Late:
    def __init__(self):
        self.v = "first"


def make():
    return Late()


print([make().v for _ in range(3)])
Late.__init__ = lambda self: setattr(self, "v", "second")
print(make().v)


def third(self, *a):
    self.v = "third"


Late.__init__ = third
print(make().v)
del Late.__init__
print(hasattr(make(), "v"), type(make()).__name__)
Late.__new__ = lambda cls: "from new"
print(make())


# Deep recursion through constructors ends in RuntimeError (RecursionError in CPython), not a crash.
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)


try:
    Deep(0)
except RuntimeError:
    print("RecursionError")


# Attribute stores that add to a fresh instance dict, then a data descriptor appears on the class:
# the warm store site must call it.
class Bag:
    def __init__(self, v):
        self.v = v


bags = [Bag(i) for i in range(3)]


def setter(self, value):
    print("setter", value)


Bag.v = property(lambda self: "property", setter)
b = Bag(9)
print([x.v for x in bags], b.v, b.__dict__)
del Bag.v
print(Bag(10).v)


# A class attribute of the same name is shadowed by the stores, then a __setattr__ is added.
class Shadow:
    v = "class"

    def __init__(self, v):
        self.v = v


print([Shadow(i).v for i in range(3)], Shadow.v)
Shadow.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
print(Shadow(4).v)


# Instances whose dict was replaced or cleared between warm stores.
class Swap:
    def __init__(self):
        self.a = 1
        self.b = 2


s = Swap()
s.__dict__ = {"b": 5}
print(s.__dict__, Swap().__dict__)
t = Swap()
t.__dict__.clear()
t.a = 3
print(t.__dict__)
