# bytearray conversions, building frames, and bytes methods on a bytes copy.
ba = bytearray(b"Hello, World")
print(ba.decode(), bytes(ba), str(ba, "utf-8"))
print(bytes(ba).find(b"o"), bytes(ba).split(b", "), bytes(ba).upper())
print(ba[7:], ba[:5] == b"Hello", b"World" in ba, ord("W") in ba)
print(bytearray(b"ab").hex(), b",".join([bytearray(b"p"), b"q"]))
out = bytearray()
for word in [b"one", b"two", b"three"]:
    out += word
    out.append(0x20)
print(out, len(out))
frame = bytearray(8)
frame[0] = 0x40
frame[1:5] = (0x26011BDA).to_bytes(4, "little")
frame[5] = 0x80
frame[6:8] = (7).to_bytes(2, "little")
print(frame.hex(), bytes(frame[1:5])[::-1].hex())
buf = bytearray(4)
for i in range(4):
    buf[i] = (i * 0x55) & 0xFF
print(buf, sum(buf), list(buf))
print(bytearray(b"ab") == bytearray(b"ab"), bytearray(b"ab") != b"ac")
