# Bitwise CRC-16/CCITT, CRC-32 and Fletcher checksums, cross-checked with binascii.crc32.
import binascii
def crc16_ccitt(data, crc=0xFFFF):
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc
def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0xEDB88320
            else:
                crc >>= 1
    return crc ^ 0xFFFFFFFF
def fletcher16(data):
    a = b = 0
    for byte in data:
        a = (a + byte) % 255
        b = (b + a) % 255
    return (b << 8) | a
for msg in [b"", b"123456789", b"hello world", bytes(range(256)), b"\xff" * 32]:
    print(len(msg), hex(crc16_ccitt(msg)), hex(crc32(msg)), crc32(msg) == binascii.crc32(msg), hex(fletcher16(msg)))
table = []
for i in range(256):
    c = i
    for _ in range(8):
        c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    table.append(c)
def crc32_table(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
print(crc32_table(b"123456789") == crc32(b"123456789"), hex(table[1]), hex(table[255]))
