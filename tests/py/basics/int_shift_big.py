# Shifts crossing the machine word and back.
for s in (29, 30, 31, 32, 33, 62, 63, 64, 65, 100):
    v = 1 << s
    print(s, v, v >> s, (v - 1) >> (s - 1), -v >> 1)
big = 0x123456789ABCDEF0123456789
for s in (0, 4, 31, 64, 100, 200):
    print(s, big >> s, hex(big << s))
print(-(1 << 100) >> 99, -(1 << 100) >> 101, -(1 << 100) >> 200)
print((-5) << 70)
print(((1 << 64) - 1) >> 32)
print((1 << 64) >> 64, (1 << 64) >> 65)
x = 1
for i in range(70):
    x <<= 1
print(x)
for i in range(70):
    x >>= 1
print(x)
# shifting negative numbers rounds toward minus infinity
for v in (-1, -2, -3, -(2 ** 65) - 1):
    print(v, v >> 1, v >> 64, v << 1)
print((1 << 31) - 1 == 2147483647, (1 << 63) - 1 == 9223372036854775807)
print(bin(1 << 65), hex((1 << 64) | 1))
