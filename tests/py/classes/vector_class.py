# A complete value type: operators, comparison, hashing, iteration, repr.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a == Vec(1, 2), a != b)
print(bool(Vec(0, 0)), bool(a), list(a), tuple(b), a[0], b[-1], len(a))
x, y = b
print(x, y, {a, Vec(1, 2), b} == {a, b}, dict.fromkeys([a, b, a]))
total = Vec(0, 0)
for v in [a, b, Vec(-1, -1)]:
    total += v
print(total, sorted([b, a], key=abs), max([a, b], key=abs))
print(sum([a, b], Vec(0, 0)), [v * 2 for v in (a, b)])
