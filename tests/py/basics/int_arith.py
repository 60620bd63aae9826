# Small-int arithmetic and operator precedence.
a = 7
b = 3
print(a + b, a - b, a * b)
print(b - a, -a * b, a * -b)
print(a + b * 2, (a + b) * 2)
print(2 + 3 * 4 - 1, 2 * 3 + 4 * 5)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 - 2 - 3, 10 - (2 - 3))
print(100 // 7 * 7 + 100 % 7)
print(+a, -a, --a, -(-a))
print(0 * -1, -0, 0 == -0)
print(1 + True, True * 5, False - 1)
x = 0
for i in range(1, 101):
    x += i
print(x)
y = 1
for i in range(1, 21):
    y *= i
print(y)
print(7 / 2, -7 / 2, 8 / 4, type(8 / 4).__name__)
print(1 - 1 - 1, 2 * 3 % 4, 2 * (3 % 4))
print(3 * 4 // 5, 3 * (4 // 5))
print(abs(-5), abs(5), abs(0))
print(1_000 + 2_000_000)
print(0x10 + 0o10 + 0b10)
