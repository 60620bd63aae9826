# The math functions at ordinary points, special values and the edges of their domains.
import math
def show(name, *args):
    try:
        r = getattr(math, name)(*args)
        if isinstance(r, float):
            r = round(r, 12)
        print(name, args, r)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__)
inf, nan = float("inf"), float("nan")
for name in ("sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "fabs",
             "floor", "ceil", "trunc", "degrees", "radians", "isfinite", "isinf", "isnan", "frexp", "modf"):
    for x in (0, 0.5, 1, 2, -1, -2.5, 100, 1000, inf, -inf):
        show(name, x)
for args in ((2, 10), (2, 0.5), (0, 0), (0, -1), (-8, 1 / 3), (10, 400), (inf, 0), (-1, inf)):
    show("pow", *args)
for args in ((1, 1), (1, -1), (-1, 0), (0, 0), (inf, inf)):
    show("atan2", *args)
for args in ((7, 3), (-7, 3), (7, -3), (5.5, 2), (1, 0), (inf, 1), (1, inf)):
    show("fmod", *args)
for args in ((1.5, 3), (1, -1074), (1, 1024), (0.0, 5)):
    show("ldexp", *args)
for args in ((1, -0.0), (-2, 3), (0.0, -1)):
    show("copysign", *args)
for args in ((100, 10), (8, 2), (1, 10), (10, 1), (0, 2), (10, -1)):
    show("log", *args)
show("hypot", 3, 4)
show("hypot", 1e200, 1e200)
print(math.isnan(math.sqrt(nan)), math.isnan(math.fabs(nan)), math.isinf(math.exp(inf)), math.exp(-inf))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9), math.floor(10 ** 20), math.floor(True), type(math.floor(2.0)).__name__)
print(math.floor(1e20), math.ceil(-1e20))
for x in (nan, inf):
    show("floor", x)
