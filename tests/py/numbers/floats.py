vals = [0.1, 1.0, -2.5, 1e16, 1e15, 1.5e-5, 0.0001, 123456789.123, 1/3, 2/3, 1e300 * 10, -0.0, 5e-324]
for v in vals:
    print(repr(v), str(v))
print(0.1 + 0.2, 1.1 * 3, 7.0 / 2, 7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 2.0 ** 0.5)
print(float("1.5"), float(" -3 "), float("inf"), float("-inf"), float("nan") != float("nan"), float("1e3"))
print(int(3.9), int(-3.9), round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2))
print(1.0 == 1, 2.5 > 2, hash(1.0) == hash(1), hash(0.5) == hash(0.5), (0.5).as_integer_ratio())
print(3.0.is_integer(), 3.5.is_integer(), abs(-2.5), max(1, 2.5), min(-1.0, 0))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
print(divmod(7.5, 2), 10 / 4, 9 / 3, 2 ** -1)
