# Digests of known inputs through every constructor, fed whole or in pieces.
import hashlib, binascii
data = bytes(range(256)) * 3
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    ctor = getattr(hashlib, name)
    whole = ctor(data).digest()
    h = ctor()
    for i in range(0, len(data), 37):
        h.update(data[i:i + 37])
    pieces = h.digest()
    print(name, len(whole), binascii.hexlify(whole).decode()[:32], pieces == whole, h.digest() == pieces)
    print(name, binascii.hexlify(ctor(b"").digest()).decode()[:40], binascii.hexlify(ctor(bytearray(b"abc")).digest()).decode()[:40])
try:
    hashlib.sha256("text")
except TypeError:
    print("TypeError for str")
