# sum() with start values and mixed numeric types.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([1, 2], 10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(x * x for x in range(5)))
print(sum([2 ** 64, 2 ** 64, -1]), sum([-0.5, 0.5]), sum({1: "a", 2: "b"}), sum({5, 5, 6}))
print(sum([1e308, 1e308]), sum([float("inf"), 1]), sum(range(10), -45))
try:
    sum(["a", "b"])
except TypeError:
    print("TypeError str without start")
try:
    sum([1, "x"])
except TypeError:
    print("TypeError mixed")
try:
    sum(5)
except TypeError:
    print("TypeError not iterable")
class Vec:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Vec(self.v + (o.v if isinstance(o, Vec) else o))
    def __radd__(self, o):
        return Vec(self.v + o)
print(sum([Vec(1), Vec(2), Vec(3)]).v, sum([Vec(1)], Vec(10)).v)
print(sum(map(int, "9999")), sum(len(w) for w in "a bb ccc".split()))
