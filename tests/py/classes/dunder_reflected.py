# Reflected operators and NotImplemented fallbacks.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)
    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented
    __rmul__ = __mul__
    def __rsub__(self, other):
        return Money(other - self.cents)
print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2), Money(3)]))
print(Money(4) * 3, 3 * Money(4), 10 - Money(3))
try:
    Money(1) + "x"
except TypeError:
    print("TypeError add str")
try:
    "x" * Money(2)
except TypeError:
    print("TypeError str * Money")
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ used"
print(Left() + Right())
try:
    Left() + Left()
except TypeError:
    print("TypeError both NotImplemented")
class Vec:
    def __init__(self, *c):
        self.c = c
    def __mul__(self, o):
        if isinstance(o, Vec):
            return sum(a * b for a, b in zip(self.c, o.c))
        return Vec(*[a * o for a in self.c])
    def __rmul__(self, o):
        return self * o
    def __repr__(self):
        return "Vec%r" % (self.c,)
print(Vec(1, 2) * Vec(3, 4), Vec(1, 2) * 3, 2 * Vec(1, 2), 1.5 * Vec(2, 4))
print(NotImplemented is NotImplemented, bool(Money(0).__add__("s") is NotImplemented))
