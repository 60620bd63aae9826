# A sequence type overloading +, *, ==, <, len, indexing, slicing and iteration.
class Vec(object):
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __add__(self, other):
        return Vec(self.items + list(other))
    def __mul__(self, n):
        return Vec(self.items * n)
    def __eq__(self, other):
        return isinstance(other, Vec) and self.items == other.items
    def __lt__(self, other):
        return self.items < other.items
    def __iter__(self):
        return iter(self.items)
    def __repr__(self):
        return "Vec(%r)" % self.items
v = Vec([1, 2, 3])
print(v, len(v), v[0], v[-1], v[1:], v[::-1], v + [4], v + Vec([9]), v * 2)
v[0] = 100
print(v, v == Vec([100, 2, 3]), v < Vec([101]), sorted([Vec([2]), Vec([1, 5]), Vec([1])]))
print(list(v), sum(v), max(v), 2 in v, [x * 2 for x in v])
a, b, c = v
print(a, b, c, tuple(v[1:]))
