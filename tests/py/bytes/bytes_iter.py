# Iterating over bytes and bytearray yields ints.
b = b"AZaz09"
for c in b:
    print(c, chr(c), end=" | ")
print()
print([c + 1 for c in b"\x00\x01\xfe"], list(reversed(b"abc")))
print(list(enumerate(b"xy")), dict(zip(b"ab", b"cd")))
it = iter(bytearray(b"pq"))
print(next(it), next(it), next(it, None))
total = 0
for byte in bytes(range(256)):
    total += byte
print(total)
checksum = 0
for byte in b"123456789":
    checksum = (checksum + byte) & 0xFF
print(checksum)
print(sum(b"\x01\x02\x03"), max(b"\x10\x80"), any(b"\x00\x00"), all(b"\x01\x02"))
print(bytes(c ^ 0x20 for c in b"Hello"), bytearray(c for c in b"abc" if c != 98))
print([hex(c) for c in "€".encode()], sorted(b"dcba"), set(b"aab") == {97, 98})
x = 0
for c in b"\x12\x34\x56\x78":
    x = (x << 8) | c
print(hex(x))
print(list(map(lambda c: c & 0x0F, b"\x1f\x2e")), b"ab"[0] + b"ab"[1])
