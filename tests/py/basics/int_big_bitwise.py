# Bitwise operators on bigints, including negative bigints.
a = 0x123456789ABCDEF0FEDCBA9876543210
b = 0xF0F0F0F0F0F0F0F0F0F0F0F0
for x in (a, -a):
    for y in (b, -b, 0xFF, -1, 0):
        print(hex(x & y), hex(x | y), hex(x ^ y))
print(hex(~a), hex(~-a))
print(hex(a >> 64), hex(a << 8))
print(-a >> 64, -a >> 200)
print((2 ** 70 - 1) & 2 ** 35, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70))
print(2 ** 64 & -2 ** 64, -2 ** 64 | 1, -2 ** 64 ^ -1)
mask = (1 << 64) - 1
v = -12345
print(v & mask, hex(v & mask))
print(((1 << 64) - 1) ^ mask, (mask & 0xFFFF0000FFFF0000) >> 16)
print(1 << 64 | 1 << 32 | 1)
