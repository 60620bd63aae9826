# pow(base, negative, mod) is a power of the inverse of base modulo mod (Python 3.8); a base that
# shares a factor with mod has none: ValueError. The product with the positive power checks it.
cases = [(2, -1, 7), (3, -2, 7), (2, -1, -7), (-3, -1, 7), (-3, -5, -11), (10, -1, 1), (10, -1, -1), (0, -1, 1),
         (2, -1, 4), (0, -1, 5), (6, -3, 9), (3, -1, 2 ** 127 - 1), (2 ** 100 + 1, -7, 10 ** 30 + 57), (True, -1, 3), (5, -0, 7)]
for b, e, m in cases:
    try:
        r = pow(b, e, m)
        print(b, e, m, r, (r * pow(b, -e, m)) % m if e < 0 else "")
    except ValueError as ex:
        print(b, e, m, "ValueError")
for args in [(2, -1, 0), (2.0, -1, 7), (2, -1.0, 7)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__)
