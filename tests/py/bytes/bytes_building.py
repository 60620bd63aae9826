# Building byte strings from parts: join, +=, bytearray growth and int conversions.
parts = [b"\x01", bytes([2, 3]), bytearray(b"\x04"), b""]
print(b"".join(parts), b"-".join([b"a", b"b"]), len(b"".join(parts)))
buf = b""
for i in range(5):
    buf += bytes([i * 3])
print(buf, buf.hex())
ba = bytearray()
for word in (0x1234, 0xABCD, 0x0001):
    ba += word.to_bytes(2, "big")
    ba.append(0xFF)
print(ba, len(ba))
print(bytes(ba[i] for i in range(0, len(ba), 3)), bytes(reversed(ba[:3])))
header = bytes([0x40]) + (0x26011BDA).to_bytes(4, "little") + bytes([0x80, 0x01, 0x00])
print(header.hex(), len(header), header[1:5][::-1].hex())
print(b"ab" * 3 + b"!" , (b"x" + b"y") * 2, b"".join(bytes([c]) for c in range(65, 70)))
words = [b"alpha", b"beta"]
print(b" ".join(words).upper(), b",".join(w[:2] for w in words))
