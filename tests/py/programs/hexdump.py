# A hexdump formatter like the one used to inspect flash images.
def hexdump(data, width=16, base=0):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append("%08x  %-*s  |%s|" % (base + off, width * 3 - 1, hexpart, text))
    return lines
image = bytes([0xE9, 0x03, 0x02, 0x20]) + b"pycom firmware\x00\x01\x02" + bytes(range(0x41, 0x5B)) + b"\xff" * 5
for line in hexdump(image):
    print(line)
for line in hexdump(b"short", 8, 0x1000):
    print(line)
print(hexdump(b""), len(hexdump(bytes(100))))
def parse_hexdump(lines):
    out = bytearray()
    for line in lines:
        hexpart = line[10:].split("|")[0]
        out += bytes.fromhex(hexpart.replace(" ", ""))
    return bytes(out)
print(parse_hexdump(hexdump(image)) == image)
