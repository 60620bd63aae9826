# Arithmetic on inf, nan and -0.0: powers (a negative infinite base stays real), floor division,
# modulo and divmod, with the signs of zero results.
inf, nan, nz = float("inf"), float("nan"), -0.0
print((-inf) ** 0.5, inf ** 0.5, (-inf) ** -0.5, (-inf) ** 3, (-inf) ** 2.0, (-inf) ** -3.0, (-inf) ** -2.0, (-inf) ** 0.0)
print((-1.0) ** inf, (-1.0) ** -inf, (-1.0) ** nan, 1.0 ** nan, nan ** 0.0, 0.0 ** 0.0, nz ** 0.5, nz ** 3.0, nz ** 2.0)
print(0.5 ** inf, 0.5 ** -inf, 2.0 ** -inf, (-0.5) ** inf, 0.0 ** inf, 0.0 ** -inf, inf ** -inf, inf ** 0.0)
print(type((-8.0) ** (1 / 3)).__name__, type((-inf) ** (1 / 3)).__name__, pow(-inf, 0.25), pow(-inf, -0.25))
for f in [lambda: nz ** -1.0, lambda: 0.0 ** -0.5, lambda: nz ** -2.0]:
    try:
        f()
    except ZeroDivisionError:
        print("ZeroDivisionError")

for a, b in [(inf, 1.0), (-inf, 1.0), (1.0, inf), (-1.0, inf), (1.0, -inf), (-1.0, -inf), (nan, 1.0), (1.0, nan),
             (nz, 1.0), (0.0, -1.0), (nz, -1.0), (-1.0, 1.0), (5.5, -2.0), (-5.5, 2.0), (inf, inf), (1e308, 1e-308),
             (-1e-308, 1e308), (3.0, 2.0)]:
    print(a, b, divmod(a, b), a % b, a // b)
for a, b in [(1.0, 0.0), (1.0, nz), (inf, 0.0), (nan, 0.0), (1, 0.0), (0.0, 0)]:
    for f in [lambda: a % b, lambda: a // b, lambda: divmod(a, b), lambda: a / b]:
        try:
            f()
        except ZeroDivisionError:
            print("ZeroDivisionError", a, b)
print(1.0 % 2 ** 60, divmod(2 ** 60, 1.5), -(0.0), abs(nz), nz + 0.0, nz - 0.0, nz * -1, 0.0 * -1)
