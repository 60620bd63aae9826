# int.to_bytes and int.from_bytes with both byte orders.
for v in (0, 1, 255, 256, 0x1234, 0xDEADBEEF):
    print(v, v.to_bytes(4, "little"), v.to_bytes(4, "big"))
print((2 ** 64 - 1).to_bytes(8, "big"), (2 ** 64 - 1).to_bytes(8, "little"))
print((2 ** 70 + 3).to_bytes(10, "big"))
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff" * 9, "big"))
print(int.from_bytes(bytearray(b"\x00\x10"), "little"))
print(int.from_bytes(b"\x80\x00\x00\x00", "big"))
print(int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "little"))
for n in (1, 2, 3, 5, 8, 9, 16):
    v = (1 << (8 * n)) - 2
    b = v.to_bytes(n, "big")
    print(n, len(b), int.from_bytes(b, "big") == v, int.from_bytes(b[::-1], "little") == v)
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
print((0).to_bytes(1, "big"), (1).to_bytes(2, "little"))
x = 0x0102030405060708
print(x.to_bytes(8, "big").hex(), x.to_bytes(8, "little").hex())
print(int.from_bytes(x.to_bytes(8, "little"), "little") == x)
