# Arithmetic around the 31/32/63/64-bit boundaries where small ints turn into bigints.
for e in (30, 31, 32, 62, 63, 64):
    p = 2 ** e
    print(e, p - 1, p, p + 1, -p - 1, -p, -p + 1)
    print(e, (p - 1) + 1 == p, p + p, p * 2 == p << 1, p - p, (p + 1) - (p - 1))
    print(e, p * p, p * -p, p // 3, p % 3, -p // 3, -p % 3)
m = 2 ** 63 - 1
print(m + 1, m * 2, m * m)
n = -2 ** 63
print(n - 1, n * 2, n * n, n // -1, abs(n))
print(2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, (2 ** 64 + 1) % 2 ** 32)
x = 1073741823
print(x + 1, x + x, x * x, -x - 2)
x = 4611686018427387903
print(x + 1, x + x, x * 4, -x - 2)
acc = 0
for i in range(100):
    acc += 2 ** 62
print(acc, acc // 100 == 2 ** 62)
acc = 0
for i in range(100):
    acc -= 2 ** 62
print(acc)
print(2 ** 64 - 2 ** 64, type(2 ** 64 - 2 ** 64).__name__, (2 ** 64 - 2 ** 64) == 0)
