# Digests over a firmware-sized buffer in chunks, and many small digests.
import hashlib
data = bytes(range(256)) * 1024
total = 0
for name in ("md5", "sha1", "sha256", "sha512"):
    for _ in range(8):
        h = getattr(hashlib, name)()
        for i in range(0, len(data), 4096):
            h.update(data[i:i + 4096])
        total += h.digest()[0]
for i in range(20000):
    total += hashlib.sha256(("message %d" % i).encode()).digest()[1]
print(total)
