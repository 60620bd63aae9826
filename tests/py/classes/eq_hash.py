# __eq__ and __hash__ decide behaviour in dicts and sets.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)
s = {Key(1, 2), Key(1, 2), Key(2, 1)}
print(len(s), Key(1, 2) in s, Key(3, 3) in s)
d = {Key(0, 0): "origin"}
print(d[Key(0, 0)], d.get(Key(0, 1), "none"))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError:
    print("TypeError: __eq__ without __hash__ is unhashable")
class IdentityHash:
    pass
x, y = IdentityHash(), IdentityHash()
print(len({x, y, x}), x == x, x == y)
class CollidingHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.v == other.v
many = {CollidingHash(i) for i in range(20)}
print(len(many), CollidingHash(5) in many, CollidingHash(50) in many)
class HashCount:
    calls = 0
    def __hash__(self):
        HashCount.calls += 1
        return 7
h = HashCount()
dd = {h: 1}
dd[h]
print(HashCount.calls >= 2, hash(h) == 7)
class EqToInt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other
    def __hash__(self):
        return hash(self.v)
m = {1: "int one"}
print(m.get(EqToInt(1)), EqToInt(2) in {2, 3})
