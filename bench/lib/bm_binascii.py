# Hex and base64 encodings and CRCs of payload-sized buffers.
import binascii
payloads = [bytes((i * 7 + j) & 0xFF for j in range(48)) for i in range(64)]
total = 0
for _ in range(400):
    for p in payloads:
        h = binascii.hexlify(p)
        total += len(binascii.unhexlify(h))
        e = binascii.b2a_base64(p)
        total += len(binascii.a2b_base64(e))
        total += binascii.crc32(p) & 0xFF
print(total)
