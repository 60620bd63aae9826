# Integer powers, negative exponents, three-argument pow.
print(2 ** 0, 2 ** 1, 2 ** 10, 0 ** 0, 0 ** 5)
print((-2) ** 3, (-2) ** 4, (-1) ** 1001)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(3 ** 40)
print(7 ** 23)
print(pow(2, 10), pow(2, -2), pow(3, 4, 5))
print(pow(2, 100, 1000000007))
print(pow(12345678901234567890, 3, 10 ** 9 + 7))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(5, 0, 3), pow(5, 0, 1))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
try:
    0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
print(2.0 ** 3, 4 ** 0.5, 2 ** 0.5)
print(10 ** 20, 10 ** 21)
x = 3
x **= 5
print(x)
acc = 1
for i in range(64):
    acc *= 2
print(acc == 2 ** 64, acc)
