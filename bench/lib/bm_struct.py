# Packing and unpacking binary frames, as LoRa payload codecs do.
import struct
buf = bytearray(64)
total = 0
for i in range(60000):
    frame = struct.pack("<BhHiI", i & 0xFF, -i % 30000, i % 65536, i * 7, i * 13 & 0xFFFFFFFF)
    a, b, c, d, e = struct.unpack("<BhHiI", frame)
    struct.pack_into(">HfI", buf, 8, c, 1.5, e)
    f = struct.unpack_from(">HfI", buf, 8)
    total += a + b + c + (d & 0xFF) + f[0] + len(frame)
print(total)
