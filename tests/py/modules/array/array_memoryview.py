# An array's buffer: memoryview sees its typed items, streams and struct see its bytes.
from array import array
import struct, io

a = array("h", [1, -2, 300])
m = memoryview(a)
print(len(m), m[0], m[1], m[-1], m.tolist(), m.itemsize, m.format)
m[1] = 7
print(a, m[1:].tolist(), len(m[1:]), m[1:][0], bytes(m[:1]))
m[0:1] = array("h", [99])
print(a)
f = array("f", [1.5, 2.5])
print(memoryview(f)[1], memoryview(array("d", [0.25]))[0], memoryview(array("Q", [2**63]))[0])
print(struct.unpack("<hhh", a), struct.unpack_from("<h", a, 2))
buf = io.BytesIO()
buf.write(array("H", [0x4142, 0x4344]))
print(buf.getvalue())
b = array("B", [0] * 4)
io.BytesIO(b"wxyz").readinto(b)
print(b)
class Index:
    def __index__(self):
        return 5
print(array("b", [Index()]), array("d", [Index()]))

# an __eq__ that empties the array while it is searched
class Evil:
    def __eq__(self, other):
        del victim[:]
        return False
victim = array("i", range(5))
print(Evil() in victim, victim)
victim = array("i", range(5))
print(victim.count(Evil()), victim)
