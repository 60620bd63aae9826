# round() with and without ndigits, half-even rule, negative ndigits.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 0.5001, 1234.5678, -1234.5678]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, 0))
print(round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -5))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2))
print(round(1e20), round(-1e20, -19))
for n in [0, 5, 15, 25, 150, 250, -15, -25, 12345]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 1))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(7, -1)).__name__)
print(round(2 ** 70 + 5, -1), round(2 ** 70, -20))
try:
    round(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    round(float("nan"))
except ValueError:
    print("ValueError")
print(round(float("inf"), 2), round(0.1 + 0.2, 10))
