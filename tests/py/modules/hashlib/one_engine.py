# The ESP32's hash engine serves one hash at a time: a second hash made before the first is
# digested raises OSError, digest() frees the engine, digest() again returns the same bytes and
# update() after digest() is ignored. Expected output in one_engine.py.exp.
import uhashlib, ubinascii
h = uhashlib.sha256(b"a")
try:
    uhashlib.md5(b"b")
except OSError as e:
    print("OSError", e)
first = h.digest()
h.update(b"ignored")
print(ubinascii.hexlify(first), h.digest() == first)
m = uhashlib.md5()
m.update(b"pycom")
print(ubinascii.hexlify(m.digest()), hasattr(m, "hexdigest"), hasattr(m, "copy"))
print(ubinascii.hexlify(uhashlib.sha1(b"x").digest()))
