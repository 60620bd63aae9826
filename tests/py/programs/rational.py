# A rational-number class with normalisation, arithmetic, comparison and hashing.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.n, self.d * o.d)
    def __truediv__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Q(-self.n, self.d)
    def __eq__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else str(self.n)
a, b = Q(1, 3), Q(1, 6)
print(a + b, a - b, a * b, a / b, -a, a + 1, 1 + a, Q(6, -4), Q(0, 5))
print(a == Q(2, 6), a < b, b < a, sorted([Q(1, 2), Q(1, 3), Q(2, 3), Q(-1, 2)]))
print(sum([Q(1, n) for n in range(1, 11)], Q(0)), float(Q(22, 7)))
print(len({Q(1, 2), Q(2, 4), Q(3, 6)}), Q(10 ** 20, 10 ** 18))
h = Q(0)
for n in range(1, 30):
    h = h + Q(1, n * (n + 1))
print(h)
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
