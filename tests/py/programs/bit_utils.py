# Bit manipulation helpers: popcount, bit reversal, field packing and Gray codes.
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
def get_field(word, shift, width):
    return (word >> shift) & ((1 << width) - 1)
def set_field(word, shift, width, value):
    mask = ((1 << width) - 1) << shift
    return (word & ~mask) | ((value << shift) & mask)
print([popcount(n) for n in (0, 1, 255, 256, 0xDEADBEEF, 2 ** 64 - 1)])
print([reverse_bits(n, 8) for n in (1, 2, 0x0F, 0xA5)], hex(reverse_bits(0x12345678, 32)))
w = 0
w = set_field(w, 0, 4, 0xA)
w = set_field(w, 4, 3, 5)
w = set_field(w, 7, 9, 300)
print(hex(w), get_field(w, 0, 4), get_field(w, 4, 3), get_field(w, 7, 9))
w = set_field(w, 4, 3, 0)
print(hex(w), get_field(w, 4, 3))
gray = [n ^ (n >> 1) for n in range(8)]
print(gray, [bin(g) for g in gray])
def from_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n
print([from_gray(g) for g in gray])
print(all(popcount(gray[i] ^ gray[i + 1]) == 1 for i in range(7)))
print((0x0F0F & 0xFF00) | (0x00F0 ^ 0x0FF0), ~0xFF & 0xFFFF, -0x80 & 0xFF)
