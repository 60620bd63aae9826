# Float arithmetic and mixing with ints.
a = 1.5
b = -0.25
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a * 2, 2 * a, a / 2, 3 / a)
print(0.1 + 0.2, 0.1 * 3, 1.0 - 0.9)
print(1e10 * 1e10, 1e-10 * 1e-10, 1e300 * 10)
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.5 % -2)
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 3, 9.0 ** 0.5)
print(abs(-2.5), -(-2.5), +2.5)
x = 1.0
for i in range(10):
    x /= 3
print(x)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(3 / 4, 10 / 5, -1 / 3, 1 / -3)
print(1.0 / 0.5, 5 // 0.5, 5 % 0.5)
try:
    1.0 / 0.0
except ZeroDivisionError:
    print("ZeroDivisionError /")
try:
    1.0 // 0.0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    1.0 % 0
except ZeroDivisionError:
    print("ZeroDivisionError %")
print(type(1 + 1.0).__name__, type(True + 1.0).__name__)
print(2 ** 0.5 * 2 ** 0.5, 10 ** -2)
