# round() at the extremes: ndigits of any size (clamped, as CPython), subnormals, ties at negative
# ndigits decided on the exact value, results past the largest float, and float's own methods.
big = 2 ** 100
for x in [1.5, -2.5, 5e-324, 1e300, -0.0, float("inf")]:
    print(round(x, big), round(x, 2 ** 63), round(x, 2 ** 64), round(x, -big), round(x, -2 ** 63), round(x, 400), round(x, -400))
print(round(5e-324, 323), round(5e-324, 324), round(-5e-324, 323), round(2.5e-308, 308), round(2.2250738585072014e-308, 308))
print(round(1.5, 10 ** 9), round(1.5, -10 ** 9), round(7, big), round(-7, 2 ** 63), round(True, big), round(1234, -2))

# Ties at negative ndigits: an integer exactly halfway rounds to even; anything above it rounds up.
for x in [5.0, 15.0, 25.0, 35.0, -45.0, 1250.0, 1350.0, 2.5e22, 1.5e22, 4.5e15, 5e15 + 0.5, 45.000000000001, 9.5e15, 2.0 ** 63]:
    print(x, [round(x, n) for n in (-1, -2, -3, -15, -16, -22, -23)])
print(round(123456789.0, -3), round(-123456789.0, -8), round(123.456, -1), round(-4.0, -1), round(4.0, -1))

# Rounding up past the largest float is an OverflowError; staying below it is not.
for x, n in [(1.7976931348623157e308, -308), (-1.7976931348623157e308, -308), (1.5e308, -308), (9.5e307, -308),
             (1.75e308, -307), (1.7976931348623157e308, -300), (1e308, -308), (1.4e308, -308)]:
    try:
        print(round(x, n))
    except OverflowError:
        print("OverflowError", x, n)

# Positive ndigits round the exact binary value half-to-even.
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.0000000000000002, 15), round(0.1, 20), round(1e-300, 300))
print(round(1.7976931348623157e308, 2), round(123.456, 0), round(-0.5), round(0.5), round(1.5), round(2.5), round(-1.5))

# Errors.
nan, inf = float("nan"), float("inf")
print(round(nan, 2), round(inf, -2), round(-inf, 0))
for f in [lambda: round(nan), lambda: round(inf), lambda: round(-inf), lambda: round(1.5, 1.0), lambda: round(1.5, "1"),
          lambda: round(1, 1.0), lambda: round("1.5"), lambda: round(1.5, 1, 2)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__)

class Digits:
    def __index__(self):
        return 1
print(round(1.25, Digits()), round(1234, Digits()), round(1.5, None), round(2.5, ndigits=None), round(number=2.675, ndigits=2))

# float's methods, and subclasses: round() reaches a subclass's own __round__.
print((1.5).__round__(), (2.5).__round__(), (1.25).__round__(1), (1.5).__round__(None), (2.5).__trunc__(), (-2.5).__trunc__())
print((2.5).__floor__(), (-2.5).__floor__(), (2.5).__ceil__(), (-2.5).__ceil__(), (2.9).__int__(), (2.9).__float__())
print(type((1.5).__round__()).__name__, type((1.5).__round__(0)).__name__, (1e300).__int__() == int(1e300))
for f in [lambda: nan.__round__(), lambda: inf.__trunc__(), lambda: nan.__floor__(), lambda: (-inf).__ceil__(), lambda: nan.__int__()]:
    try:
        f()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)

class F(float):
    def __round__(self, n=None):
        return "own round " + repr(n)
class G(float):
    pass
print(round(F(1.5)), round(F(1.5), 2), round(G(2.5)), round(G(2.675), 2), type(round(G(2.5), 1)).__name__)
