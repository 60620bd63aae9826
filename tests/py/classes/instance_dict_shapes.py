# Instance dicts filled the same way share a shape, which lets method calls and attribute adds
# skip probing the dict. Every way of changing a dict must still be seen: a shadowing attribute
# added later, through __dict__, by setattr with a made-up name, after a delete, or in another
# order; and the cache must stay right past the limit on the number of shapes.
class P:
    kind = "class value"

    def __init__(self, x):
        self.x = x
        self.y = x + 1

    def describe(self):
        return "method", self.x

    def kinds(self):
        return self.kind


def call_all(points):
    return [(p.describe(), p.kinds()) for p in points]


ps = [P(i) for i in range(4)]
print(call_all(ps))
ps[1].describe = lambda: "instance attribute"
ps[2].__dict__["kind"] = "through __dict__"
setattr(ps[3], "".join(["k", "ind"]), "made-up name")
print(call_all(ps))
del ps[1].describe
print(call_all(ps))
del ps[0].x
ps[0].x = 9
print(call_all(ps), list(ps[0].__dict__))


class Q:
    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())

    def get(self):
        return self.a, self.b


print([Q(o).get() for o in ("ab", "ba", "ab", "ba")])
q = Q("ab")
q.__dict__ = {"a": 1, "b": 2, "get": "shadowed"}
print(q.get, Q("ab").get())
q = Q("ab")
q.__dict__.clear()
q.get = "after clear"
print(q.get)

# Attribute adds at one site, on dicts of different shapes.


class R:
    pass


def add(obj, value):
    obj.v = value
    return obj


objs = [R(), R(), R()]
objs[1].w = 1
objs[2].v = "already"
print([sorted(vars(add(o, n)).items()) for n, o in enumerate(objs)])

# Far more distinct attribute names than shapes are tracked: all must stay readable.
many = []
for i in range(5000):
    r = R()
    setattr(r, "n%d" % i, i)
    r.tail = i
    many.append(r)
print(sum(getattr(r, "n%d" % i) + r.tail for i, r in enumerate(many)))


class S(P):
    def describe(self):
        return "subclass"


mixed = [P(1), S(2), P(3)]
print(call_all(mixed))
P.describe = lambda self: "rebound"
print(call_all(mixed))
