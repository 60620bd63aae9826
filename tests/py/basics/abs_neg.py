# abs(), unary minus and plus on all numeric kinds.
for v in [0, 5, -5, 2 ** 31, -2 ** 31, 2 ** 63, -2 ** 63, 2 ** 64, -2 ** 100, 1.5, -1.5, 0.0, -0.0]:
    print(repr(v), repr(abs(v)), repr(-v), repr(+v))
print(abs(True), abs(False), -True, +False)
print(abs(float("-inf")), -float("inf"))
x = -7
print(-x, -(-x), - - x, -abs(x), abs(-abs(x)))
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(self.v + 0)
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __repr__(self):
        return "Num(%d)" % self.v
n = Num(-3)
print(-n, +n, abs(n), ~n)
try:
    abs("x")
except TypeError:
    print("TypeError abs")
try:
    -"x"
except TypeError:
    print("TypeError neg")
try:
    ~1.5
except TypeError:
    print("TypeError invert float")
print(~0, ~-1, ~2 ** 64, ~-2 ** 64)
