# Pycom 1.17.2's struct (py/binary.c, modstruct.c): values are stored modulo 2**bits with the right
# sign/zero extension, unknown typecodes raise ValueError("bad typecode"), unpack takes any buffer
# that is big enough, and pack stops at the first missing value and ignores surplus ones.
# Expected output in firmware_rules.py.exp (CPython raises struct.error for most of these).
import struct
print(struct.pack("<B", 256), struct.pack("<B", -1), struct.pack("<b", 200), struct.pack("<H", 70000))
print(struct.pack("<h", -32769), struct.pack("<I", -1), struct.pack("<i", 2 ** 32 - 1))
print(struct.pack("<q", -1), struct.pack("<Q", -1), struct.pack(">q", 2 ** 64 + 5), struct.pack("<Q", -(2 ** 70) - 3))
print(struct.unpack("<i", b"\xff\xff\xff\xff"), struct.unpack("<I", b"\xff\xff\xff\xff"), struct.unpack("<q", b"\xff" * 8))
print(struct.unpack("<Q", b"\x00" * 7 + b"\x80"), struct.unpack(">h", b"\x80\x00"), struct.unpack(">H", b"\x80\x00"))
for fmt in ("<x", "<?", "<e", "<c", "<n", "y", "< H", "3"):
    try:
        struct.calcsize(fmt)
        print(fmt, "accepted")
    except ValueError as e:
        print(fmt, e)
print(struct.unpack("<H", b"\x01\x02\x03"), struct.unpack("<2s", b"abcdef"))
print(struct.pack("<HH", 1), struct.pack("<H", 1, 2, 3), struct.pack("<", 5), struct.pack("<2s", b"x", b"y"))
try:
    struct.pack("<O", None)
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    struct.pack("<I", 1.5)
except TypeError:
    print("TypeError for a float")
print(struct.pack(b"<H", 1), struct.calcsize(b">q"))
