# pack_into/unpack_from with offsets, including offsets counted from the end of the buffer.
import struct
buf = bytearray(16)
struct.pack_into("<HI", buf, 2, 0x1234, 0xDEADBEEF)
print(buf)
print(struct.unpack_from("<HI", buf, 2), struct.unpack_from("<I", buf, -4), struct.unpack_from(">H", buf))
struct.pack_into(">I", buf, -4, 1)
print(buf[-4:], struct.unpack_from(">I", buf, 12))
mv = memoryview(buf)
struct.pack_into("<B", mv, 0, 255)
print(buf[0], struct.unpack_from("<B", bytes(buf)))
for args in [("<I", buf, 14), ("<I", buf, -2), ("<I", buf, -20)]:
    try:
        struct.pack_into(*args, 1)
        print("packed", args[2])
    except Exception as e:
        print(type(e).__name__ in ("ValueError", "error"), args[2])
try:
    struct.unpack_from("<Q", b"1234567", 0)
    print("unpacked")
except Exception as e:
    print(type(e).__name__ in ("ValueError", "error"))
try:
    struct.pack_into("<H", b"immutable", 0, 1)
except TypeError:
    print("TypeError read-only")
