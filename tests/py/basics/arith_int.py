# small-int arithmetic, floor division and modulo signs, bit operations
for a in (7, -7, 0, 1, -1, 13):
    for b in (3, -3, 1, -1, 5):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(1 << 10, 1024 >> 3, -1 >> 5, 5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(2 ** 10, (-2) ** 3, 2 ** 0, 0 ** 0)
print(abs(-5), abs(5), -(-5), +5)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x %= 3
print(x)
print(True + True, True * 10, False - 1)
