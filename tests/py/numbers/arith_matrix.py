# Every arithmetic operator over a grid of ints (small, big, negative), floats and bools.
vals = [0, 1, -1, 7, -7, 2 ** 62, -(2 ** 62), 2 ** 64 + 3, -(2 ** 70), 0.5, -2.25, 1e20, True, False]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
       ("**", lambda a, b: a ** b if abs(b) < 70 and not (a < 0 and b != int(b)) else "big"), ("<", lambda a, b: a < b), ("==", lambda a, b: a == b),
       ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       ("<<", lambda a, b: a << b if 0 <= b < 100 else "skip"), (">>", lambda a, b: a >> b if 0 <= b < 100 else "skip")]
for name, op in ops:
    out = []
    for a in vals:
        for b in vals:
            try:
                r = op(a, b)
                out.append(repr(r) if not isinstance(r, float) else "%.12g" % r)
            except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
                out.append(type(e).__name__[:4])
    print(name, " ".join(out))
