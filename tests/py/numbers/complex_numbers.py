# complex: literals, construction, arithmetic with ints and floats, printing, hashing and errors.
print(1j, 2.5j, 0j, -1j, 1e20j, 1 + 2j, 1.5 - 2j, -(1 + 1j), 3 + 0j, -0.0 - 1j, 1e16 + 1j)
print(complex(), complex(2), complex(2.5, -1), complex(1j, 1j), complex(1, 2j), complex("1+2j"), complex(" (3-4.5j) "),
      complex("-2j"), complex("7"), complex("1e3+1e-3j"), complex("j"), complex("-j"))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0, b ** 3, (1 + 1j) ** 2, 2 ** (1j), a ** 0.5)
print(a + 1, 1 + a, a * 2.0, 2.0 * a, a - 1, 1 - a, a / 2, 2 / a, 10 ** (1 + 0j))
print(abs(a), abs(-5j), a.real, a.imag, a.conjugate(), (2j).real, (1.5).imag, (3).imag, (3).conjugate())
print(a == 3 + 4j, a != b, 3 + 0j == 3, 3 == 3 + 0j, 2.5 == 2.5 + 0j, 1j == 1, bool(0j), bool(1j), bool(0.0 + 1e-300j))
print(hash(3 + 0j) == hash(3), hash(2.5 + 0j) == hash(2.5), hash(1j) == hash(1j), {1 + 0j: "x"}[1])
print(sum([1j, 2, 3.5, 4j]), [x * 1j for x in range(3)], (-8) ** 0.5 == 2.8284271247461903j, (-4.0) ** 0.5)
print(str(1 + 2j), repr(-1.5j), "%s" % (2 - 3j), "{}".format(1j), f"{1 + 1j}", type(1j), isinstance(1j, complex))
for bad in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j), lambda: 1j / 0,
            lambda: 0j ** -1, lambda: complex("1+2"), lambda: complex("abc"), lambda: complex("1j", 2),
            lambda: complex(1, "2"), lambda: complex([]), lambda: divmod(1j, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__)
