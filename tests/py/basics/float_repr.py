# repr and str of floats: shortest round-trip form, exponents, signs.
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.3, 1.1, 2.675, 3.14159, 100.0, 1e16, 1e15,
        1234567890123456.0, 12345678901234567.0, 1e-4, 1e-5, 0.0001, 0.00001, 1.5e-7,
        1e22, 1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        123.456, -98.765, 1 / 3, 2 / 3, 10 / 3, 0.1 + 0.2]
for v in vals:
    print(repr(v), str(v))
print(float(1 << 53), float((1 << 53) + 1), float(10 ** 17))
print([1.5, 2.25], (0.5,), {"k": 0.125})
print(1e308 * 10, -1e308 * 10)
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("-inf")), str(float("nan")))
print(9007199254740993.0, 0.1 * 0.1, 4.35 * 100)
print(1.0e0, 1.0e1, 1.0e-1, 12e3, 0.000123e2)
