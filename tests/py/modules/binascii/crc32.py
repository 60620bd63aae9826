# crc32 of known inputs, with seeds, and chained over pieces.
import binascii
print(binascii.crc32(b""), binascii.crc32(b"a"), binascii.crc32(b"123456789"), binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", 0), binascii.crc32(b"abc", 1), binascii.crc32(b"abc", 0xFFFFFFFF))
data = bytes(range(256)) * 4
crc = 0
for i in range(0, len(data), 100):
    crc = binascii.crc32(data[i:i + 100], crc)
print(crc == binascii.crc32(data), crc, binascii.crc32(bytearray(b"xyz")), binascii.crc32(memoryview(b"xyz")))
print(binascii.crc32(b"a", -1) == binascii.crc32(b"a", 0xFFFFFFFF))
