# Keys of many hashable types; equal keys collide regardless of type.
d = {}
d[1] = "int"
d[1.0] = "float one"
d[True] = "true"
d[0] = "zero"
d[False] = "false"
d["1"] = "str"
d[b"1"] = "bytes"
d[(1,)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "frozenset"
d[2 ** 70] = "big"
d[-0.0] = "negzero"
print(len(d))
for k in d:
    print(repr(k), d[k])
print(d[1], d[1.0], d[True], d[0.0], d[2 ** 70])
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
m = {Key(1): "one", Key(2): "two"}
print(m[Key(1)], Key(3) in m, len(m))
m[Key(1)] = "uno"
print(len(m), m[Key(1)])
class Plain:
    pass
p1, p2 = Plain(), Plain()
pd = {p1: 1, p2: 2}
print(pd[p1], pd[p2], len(pd))
for bad in ([], {}, set()):
    try:
        d[bad] = 1
    except TypeError:
        print("TypeError", type(bad).__name__)
