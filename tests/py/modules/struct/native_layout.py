# The default '@' layout is the ESP32's (ILP32): 4-byte long and pointer, 8-byte alignment of
# q/Q/d, no padding at the end. Expected output in native_layout.py.exp (a 64-bit CPython differs).
import struct
for fmt in ("b", "h", "i", "l", "q", "P", "f", "d", "bh", "bi", "bq", "bd", "hq", "qb", "ib", "3sI", "l3b"):
    print(fmt, struct.calcsize(fmt), struct.calcsize("@" + fmt))
print(struct.pack("bi", 1, 2), struct.pack("bq", -1, 1))
print(struct.unpack("bhi", struct.pack("bhi", -1, -2, -3)))
print(struct.pack("P", 0x12345678), struct.unpack("L", b"\xff\xff\xff\xff"))
