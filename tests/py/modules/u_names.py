# Every built-in module answers to its MicroPython u-name and to its plain name, and both names
# give the same module object (Pycom's weak links). Firmware only: CPython has no u-modules, so
# the expected output is in u_names.py.exp.
import sys
pairs = ["struct", "binascii", "json", "collections", "io", "errno", "hashlib", "re", "random", "time"]
for plain in pairs:
    u = __import__("u" + plain)
    p = __import__(plain)
    print(plain, u is p, u.__name__, sys.modules[plain] is sys.modules["u" + plain])
# The same functions through either name.
import ustruct, ubinascii, ujson, ucollections, uio, uerrno, uhashlib, ure, urandom, utime
from ustruct import pack
from struct import unpack
print(pack("<HI", 1, 2), unpack("<HI", pack("<HI", 1, 2)), ustruct.calcsize("<BHI"))
print(ubinascii.hexlify(b"\x12\x34", ":"), ubinascii.unhexlify("abcd"), ubinascii.crc32(b"pycom"))
print(ujson.dumps({"k": [1, None]}), ujson.loads("[true, 2.5]"))
P = ucollections.namedtuple("P", ("a", "b"))
print(P(1, 2), list(ucollections.OrderedDict([("y", 1), ("x", 2)])))
s = uio.StringIO()
print("x", 1, file=s)
print(repr(s.getvalue()), uio.BytesIO(b"\x01\x02").read(1))
print(uerrno.errorcode[uerrno.EINVAL], uerrno.ETIMEDOUT)
print(ubinascii.hexlify(uhashlib.sha256(b"pycom").digest()))
print(ure.sub("o", "0", "foo"), ure.match("(\\d+)-(\\d+)", "12-34").group(2))
urandom.seed(5)
first = [urandom.getrandbits(8) for _ in range(4)]
urandom.seed(5)
print(first == [urandom.getrandbits(8) for _ in range(4)])
print(utime.ticks_add(0xFFFFFFFF, 1), utime.ticks_diff(100, 150))
