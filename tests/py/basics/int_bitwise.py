# Bitwise operators on small ints including negatives (two's complement semantics).
vals = [0, 1, 5, 12, -1, -6, 255, -256]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x30, a ^ 0xFF)
for a in (5, -5, 100, -100):
    for s in (0, 1, 3, 7):
        print(a, s, a << s, a >> s)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xF0 ^ 0xFF)
print(-1 & 0xFFFFFFFF, -1 >> 40, 1 << 40)
print(6 & 3 | 8, 6 & (3 | 8), 1 ^ 3 & 2)
print(1 << 2 + 1, (1 << 2) + 1)
try:
    1 << -1
except ValueError:
    print("ValueError <<")
try:
    1 >> -1
except ValueError:
    print("ValueError >>")
x = 0b1010
x |= 0b0101
print(bin(x))
x &= 0b0110
print(bin(x))
x ^= 0b1111
print(bin(x))
x <<= 4
print(bin(x))
x >>= 2
print(bin(x))
print(True & False, True | False, True ^ True, type(True & True).__name__)
