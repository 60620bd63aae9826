# Every integer and float typecode in the standard byte orders, at the edges of its range.
import struct
codes = [("b", -128, 127), ("B", 0, 255), ("h", -32768, 32767), ("H", 0, 65535),
         ("i", -2 ** 31, 2 ** 31 - 1), ("I", 0, 2 ** 32 - 1), ("l", -2 ** 31, 2 ** 31 - 1),
         ("L", 0, 2 ** 32 - 1), ("q", -2 ** 63, 2 ** 63 - 1), ("Q", 0, 2 ** 64 - 1)]
for order in "<>!=":
    for code, low, high in codes:
        fmt = order + code
        for v in (low, high, 0, 1):
            packed = struct.pack(fmt, v)
            assert struct.unpack(fmt, packed) == (v,), (fmt, v)
        print(fmt, struct.calcsize(fmt), struct.pack(fmt, high), struct.pack(fmt, low))
for order in "<>":
    for v in (0.0, -0.0, 1.5, -2.25, 1e300, float("inf")):
        print(order, struct.pack(order + "d", v), struct.unpack(order + "d", struct.pack(order + "d", v)))
    print(struct.pack(order + "f", 0.1), struct.unpack(order + "f", struct.pack(order + "f", 0.1)))
print(struct.calcsize("<bhiqfd"), struct.calcsize(">3s2H"), struct.calcsize("<0s"), struct.calcsize(""))
print(struct.pack("<3h", 1, -1, 256), struct.unpack(">2B3s", b"\x01\x02abc"))
print(struct.pack(">5s", b"ab"), struct.pack("<2s", b"abcd"), struct.pack("<s", b""), struct.pack("<0s", b"xyz"))
print(struct.unpack("<?" if False else "<B", b"\x07"))
