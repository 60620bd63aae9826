# Packing floats and doubles in both byte orders.
import struct
for v in (0.0, 1.0, -1.0, 0.5, 1.5, 100.25, -2.0 ** 10):
    print(v, struct.pack("<f", v), struct.pack(">d", v), struct.unpack("<f", struct.pack("<f", v))[0])
print(struct.unpack("<d", struct.pack("<d", 0.1))[0], struct.unpack("<f", struct.pack("<f", 0.1))[0])
print(struct.unpack(">f", b"\x40\x49\x0f\xdb")[0], struct.unpack("<d", b"\x18\x2d\x44\x54\xfb\x21\x09\x40")[0])
print(struct.pack("<f", float("inf")), struct.pack(">d", float("-inf")))
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(nan != nan)
print(struct.pack("<fd", 2.5, 2.5), struct.calcsize("<fd"))
t = struct.pack("<HfH", 1, 3.25, 2)
print(len(t), struct.unpack("<HfH", t))
print(struct.pack("<d", 1e300)[-2:], struct.unpack("<f", struct.pack("<f", 16777217.0))[0])
print(struct.pack("<f", 3), struct.pack("<d", 1))
