# Big division and modulo, all sign combinations.
a = 10 ** 40 + 12345
b = 10 ** 17 + 3
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b)]:
    q, r = x // y, x % y
    print(q, r, q * y + r == x)
print(a // 7, a % 7, -a // 7, -a % 7)
print(2 ** 128 // 2 ** 64, 2 ** 128 % (2 ** 64 - 1))
print((2 ** 100 + 5) // 2 ** 100, (2 ** 100 - 5) // 2 ** 100)
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print(7 // 2 ** 70, -7 // 2 ** 70, 7 % 2 ** 70, -7 % 2 ** 70)
print((10 ** 17) / (10 ** 15), (2 ** 60) / 2 ** 58)
print(2 ** 70 / 2 ** 68)
try:
    print(2 ** 70 // 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    print(2 ** 70 % 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
n = 2 ** 200
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(len(digits), sum(digits))
print(10 ** 30 // 10 ** 29, 10 ** 30 // 10 ** 31)
print((10 ** 30) % (10 ** 15 + 7))
