# Conversions between float and int: truncation, big values, errors.
for v in [0.0, 0.9, 1.0, -0.9, -1.5, 2.5, 1e10, -1e10, 123456789.99, 1e18, 2.0 ** 62, 2.0 ** 64, 1e30]:
    print(v, int(v))
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError inf")
try:
    int(float("-inf"))
except OverflowError:
    print("OverflowError -inf")
try:
    int(float("nan"))
except ValueError:
    print("ValueError nan")
for i in [0, 1, -1, 2 ** 31, 2 ** 53, 2 ** 53 + 1, 2 ** 63, -2 ** 63, 10 ** 20]:
    print(i, float(i))
try:
    float(10 ** 400)
except OverflowError:
    print("OverflowError big int")
print(int(7 / 2), int(-7 / 2), 7 // 2, -7 // 2)
print(float(int(3.7)), int(float(12)))
print(round(2.5), round(3.5), round(-2.5), type(round(2.5)).__name__)
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10)
x = 5
x += 0.5
print(x, type(x).__name__)
x -= 0.5
print(x, type(x).__name__)
