# divmod, round and abs used together, including user types with __abs__ and __round__-free fallbacks.
for a, b in [(17, 5), (-17, 5), (17, -5), (17.5, 5), (-0.5, 0.25), (2 ** 65, 7)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675)], [round(x, 2) for x in (2.675, 1.005, 0.125)])
print(round(123.456, -1), round(123.456, -2), round(-123, -1), round(125, -1), round(135, -1))
print(abs(-5), abs(5.5), abs(-0.0), abs(-2 ** 70), abs(True))
class Meters:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Meters(abs(self.v))
    def __repr__(self):
        return "%gm" % self.v
print(abs(Meters(-3.5)), [abs(Meters(v)) for v in (-1, 2)])
print(divmod(7, 7), divmod(0, 5), divmod(-1, 10), divmod(1, -10))
# Rounding an int to far more digits than it has gives 0, without computing 10**-ndigits.
for n in (-4, -5, -40, -41, -42, -47, -48, -1000, -10**6):
    print(n, [round(x, n) for x in (12345, -12345, 5 * 10**40, -5 * 10**40, 15, 25, 0, 2**64, 49999, 50000)])
