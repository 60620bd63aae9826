# Float operators, formatting and int/float comparisons over edge values (signed zeros, the
# smallest subnormal and normal, 2**53, the largest double, infinities). Powers leave out what
# MicroPython does differently: it returns inf where CPython raises OverflowError.
inf = float("inf")
nan = float("nan")
vals = [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1e-7, 0.1, 0.5, 1.0, -1.5, 2.5, 3.0, 1e15, 1e16,
        123456789.125, 2.0 ** 53, 1e22, 1.7976931348623157e308, inf, -inf]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("divmod", divmod), ("<", lambda a, b: a < b),
       ("==", lambda a, b: a == b)]
for name, op in ops:
    for a in vals:
        row = []
        for b in vals:
            try:
                row.append(op(a, b))
            except ZeroDivisionError:
                row.append("ZDE")
        print(name, a, row)
powers = [(0.0, -inf), (-0.0, -inf), (0.0, inf), (0.0, 0.0), (2.0, -1074.0), (2.0, 1023.0), (0.5, inf), (1.0, inf),
          (1.0, nan), (nan, 0.0), (-1.5, 3.0), (-2.0, -3.0), (inf, -1.0), (-inf, 3.0), (-inf, 2.0), (10.0, -3.0)]
print([a ** b for a, b in powers])
for a, b in [(0.0, -1.0), (-0.0, -2.5), (0.0, -0.5)]:
    try:
        print(a ** b)
    except ZeroDivisionError:
        print("ZeroDivisionError", a, b)
for a in vals + [nan]:
    r = [repr(a), str(a), "%g" % a, "%.3g" % a, "%e" % a, format(a, ".10g"), format(a, ""), format(a, "+.1e")]
    if abs(a) < 1e30:
        r += ["%.0f" % a, "{:.2%}".format(a)]
    try:
        r += [round(a), int(a)]
    except (OverflowError, ValueError) as e:
        r.append(type(e).__name__)
    r += [round(a, 1), round(a, -1), a.is_integer(), -a, abs(a)]
    print(r)
for i in [2 ** 53 + 1, 2 ** 63, -2 ** 63, 10 ** 20, 2 ** 1024, -(2 ** 1024)]:
    print(i, [(i < f, i == f, i > f) for f in vals])
for s in ["1e400", "-1e400", "1e-400", "  2.5  ", "inf", "-Infinity", "nan", ".5", "5.", "1e5", "1E-5", "-0"]:
    print(repr(s), float(s))
