# repr/str of floats: shortest round trip with CPython's exponent rules.
vals = []
for e in range(-20, 22):
    vals.append(1.0 * 10 ** e if e >= 0 else 1.0 / 10 ** -e)
    vals.append(1.2345678 * 10.0 ** e)
    vals.append(-9.87654321e-3 * 10.0 ** e)
vals += [0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e22, 1e23, 123456789012345678.0, 5e-324, 1.7976931348623157e308, float("inf"), -float("inf")]
for v in vals:
    print(repr(v), str(v), v == float(repr(v)))
print(str(float("nan")))
