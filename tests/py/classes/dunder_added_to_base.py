# A dunder assigned to (or deleted from) a class after its subclasses were made reaches those
# subclasses too, at every depth and through multiple inheritance, unless a class between them
# defines its own.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__)


class A:
    """The base that gains and loses dunders."""


class B(A):
    """A direct subclass."""


class C(B):
    """Two levels down."""


class Other:
    """A second base, first in D's MRO."""


class D(Other, C):
    pass


b, c, d = B(), C(), D()

A.__len__ = lambda self: 3
show("len", lambda: (len(b), len(c), len(d)))
show("bool via len", lambda: (bool(b), bool(c)))
A.__add__ = lambda self, o: ("add", type(self).__name__, o)
show("add", lambda: (b + 1, c + 2, d + 3))
A.__radd__ = lambda self, o: ("radd", o)
show("radd", lambda: 1 + c)
A.__eq__ = lambda self, o: "eq"
show("eq", lambda: (b == 1, c == c))
A.__iter__ = lambda self: iter([1, 2])
show("iter", lambda: (list(b), list(d), [x for x in c]))
A.__getitem__ = lambda self, k: k * 2
show("getitem", lambda: (b[4], c["x"], d[(1, 2)]))
A.__bool__ = lambda self: False
show("bool", lambda: (bool(b), not c, "yes" if d else "no"))
A.__neg__ = lambda self: "neg"
show("neg", lambda: (-b, -d))
A.__call__ = lambda self, *a: ("called", a)
show("call", lambda: (b(1), c()))
A.__contains__ = lambda self, x: x == 5
show("contains", lambda: (5 in b, 6 in c))
A.__repr__ = lambda self: "<" + type(self).__name__ + ">"
show("repr", lambda: (repr(b), str(c), [d]))
A.__lt__ = lambda self, o: True
show("lt", lambda: (b < 1, sorted([c, C()]) is not None))
A.__hash__ = lambda self: 42
show("hash", lambda: (hash(b), hash(d)))
A.__setitem__ = lambda self, k, v: print("set", k, v)
c[1] = 2
A.__iadd__ = lambda self, o: "iadd"
x = C()
x += 1
print("iadd", x)

# a class in between with its own method keeps it
B.__len__ = lambda self: 7
show("own len", lambda: (len(b), len(c), len(A())))
del B.__len__
show("back to A's len", lambda: (len(b), len(c)))

# deleting from the base makes the subclasses lose them again
for name in ("__len__", "__add__", "__radd__", "__iter__", "__getitem__", "__bool__", "__neg__",
             "__call__", "__contains__", "__repr__", "__lt__", "__hash__", "__setitem__", "__iadd__", "__eq__"):
    delattr(A, name)
show("len gone", lambda: len(b))
show("add gone", lambda: c + 1)
show("radd gone", lambda: 1 + d)
show("iter gone", lambda: list(c))
show("getitem gone", lambda: b[0])
show("bool gone", lambda: (bool(b), bool(d)))
show("neg gone", lambda: -c)
show("call gone", lambda: b())
show("contains gone", lambda: 1 in c)
show("repr gone", lambda: repr(b).startswith("<__main__.B object"))
show("lt gone", lambda: b < c)
show("hash gone", lambda: type(hash(b)).__name__)
show("eq gone", lambda: (b == b, b == c))
show("setitem gone", lambda: c.__setitem__)
try:
    c[1] = 2
except TypeError:
    print("setitem gone TypeError")

# a subclass made after the change, and one made from a function call
A.__len__ = lambda self: 11


class E(B):
    pass


def make():
    class F(C):
        pass
    return F


F = make()
show("new subclasses", lambda: (len(E()), len(F())))
A.__len__ = lambda self: 12
show("rebound", lambda: (len(E()), len(F()), len(b)))
A.__len__ = 5
show("not callable", lambda: len(b))
A.__len__ = lambda self: -1
show("negative", lambda: len(c))
A.__len__ = lambda self: 2 ** 63
show("huge", lambda: len(c))
A.__len__ = lambda self: "x"
show("wrong type", lambda: len(c))
del A.__len__

# subclasses of built-ins under a user base


class L(list):
    pass


class M(L):
    pass


L.__len__ = lambda self: 99
show("list subclass len", lambda: (len(M([1])), len(L())))
del L.__len__
show("list subclass len back", lambda: (len(M([1])), len(L())))
L.__getitem__ = lambda self, i: "item"
show("list subclass getitem", lambda: M([1, 2])[0])
del L.__getitem__
show("list subclass getitem back", lambda: M([1, 2])[0])

# many classes: a change reaches all of them, and dead ones do not matter
subs = [type("S%d" % i, (A,), {}) for i in range(200)]
for i in range(1000):
    type("Dead%d" % i, (A,), {})
A.__len__ = lambda self: 4
print(sum(len(s()) for s in subs))
del A.__len__
print(sum(1 for s in subs if not hasattr(s(), "__len__")))

# a non-dunder or a dunder set on an instance changes nothing for the class
A.helper = lambda self: "helper"
print(C().helper())
inst = C()
inst.__len__ = lambda: 1
show("instance dunder", lambda: len(inst))

# metaclass: a dunder on the metaclass reaches classes made from its subclasses


class Meta(type):
    pass


class SubMeta(Meta):
    pass


class WithMeta(metaclass=SubMeta):
    pass


Meta.__len__ = lambda cls: 8
show("metaclass len", lambda: len(WithMeta))
del Meta.__len__
show("metaclass len gone", lambda: len(WithMeta))

# __eq__ in a class body without __hash__ makes instances unhashable; assigned later it does not


class Q:
    pass


class R(Q):
    pass


Q.__eq__ = lambda self, o: True
show("hash after eq assigned", lambda: (type(hash(Q())).__name__, type(hash(R())).__name__))
print("__hash__" in Q.__dict__)


class Body(Q):
    def __eq__(self, o):
        return True


show("hash with eq in body", lambda: hash(Body()))
del Body.__eq__
show("hash after del eq", lambda: hash(Body()))

# the same operator site run again after each change: the VM's fast path for an operator
# between two instances of one class must see the base's new method


class Op:
    def __add__(self, o):
        return 1


class OpSub(Op):
    """Inherits __add__."""


o = OpSub()


def adds():
    return [o + o for _ in range(3)]


print(adds())
Op.__add__ = lambda self, other: 2
print(adds())
del Op.__add__
show("same-class add gone", adds)
Op.__add__ = lambda self, other: 3
print(adds())
