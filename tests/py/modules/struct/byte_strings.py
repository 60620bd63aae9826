# The s format for byte strings: padding with zeros and truncation.
import struct
print(struct.pack("<4s", b"ab"), struct.pack("<2s", b"abcd"), struct.pack("<s", b"xyz"), struct.pack("<0s", b"x"))
print(struct.unpack("<4s", b"ab\x00\x00"), struct.unpack("<3sB", b"abc\x07"))
print(struct.pack("<H3sH", 1, b"ok", 2), struct.calcsize("<H3sH"))
name = struct.pack("<8s", b"lopy4")
print(name, name.rstrip(b"\x00").decode())
rec = struct.pack("<B5sI", 1, b"hello", 99)
print(rec, struct.unpack("<B5sI", rec))
print(struct.unpack("<2s2s", b"abcd"), struct.pack("<2s2s", b"a", b"bcd"))
print(struct.pack(">4sI", b"HDR1", 10) == b"HDR1" + b"\x00\x00\x00\x0a")
