# Network byte order packing of headers like a UDP packet forwarder uses.
import struct
def pack_header(version, token, ident, mac):
    return struct.pack("!BHB", version, token, ident) + mac
def unpack_header(data):
    version, token, ident = struct.unpack("!BHB", data[:4])
    return version, token, ident, data[4:12]
mac = bytes.fromhex("70b3d5499a00f00d")
h = pack_header(2, 0xBEEF, 0, mac)
print(h.hex(), len(h), unpack_header(h))
print(struct.pack("!I", 0x01020304), struct.pack("<I", 0x01020304), struct.pack(">I", 0x01020304) == struct.pack("!I", 0x01020304))
print(struct.unpack("!h", b"\xff\xfe"), struct.unpack("!H", b"\xff\xfe"), struct.unpack("!i", b"\x80\x00\x00\x00"))
stats = struct.pack("!HHHH", 10, 9, 8, 7)
print(stats, [x for x in struct.unpack("!4H", stats)], struct.calcsize("!4H"))
freq_hz = 868100000
b = struct.pack("<I", freq_hz // 100)[:3]
print(b.hex(), int.from_bytes(b, "little") * 100)
