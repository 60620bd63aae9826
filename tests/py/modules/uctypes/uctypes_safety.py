# Addresses are checked against the heap: only the bytes of a live buffer can be reached, and a
# struct or bytearray_at keeps the memory it views alive. Everything else is a ValueError.
import gc
import uctypes

buf = bytearray(b"0123456789")
a = uctypes.addressof(buf)
print(hex(a)[:4], uctypes.bytes_at(a, 4), uctypes.bytes_at(a + 6, 4))
view = uctypes.bytearray_at(a + 2, 3)
view[0] = ord("X")
print(buf, bytes(view))

def refused(what, f, *args):
    try:
        f(*args)
        print(what, "allowed")
    except ValueError:
        print(what, "ValueError")

refused("address 0", uctypes.bytes_at, 0, 1)
refused("a peripheral register", uctypes.bytes_at, 0x3FF44004, 4)
refused("a host-sized address", uctypes.bytes_at, 2**40, 1)
refused("past the buffer", uctypes.bytes_at, a + 8, 32)
refused("negative size", uctypes.bytes_at, a, -1)
refused("negative address", uctypes.bytearray_at, -5, 1)
refused("struct at 0", uctypes.struct, 0, {"a": 0 | uctypes.UINT8})
print(uctypes.bytes_at(a, 0), len(uctypes.bytearray_at(a, 0)))

# A struct larger than its buffer reads the fields that fit and refuses the rest.
s = uctypes.struct(a, {"first": 0 | uctypes.UINT32, "far": 100 | uctypes.UINT8, "arr": (8 | uctypes.ARRAY, 40 | uctypes.UINT8)})
print(hex(s.first))
refused("a field past the end", getattr, s, "far")
refused("an array past the end", getattr, s, "arr")
refused("the struct's bytes", bytes, s)

# bytes are read-only through uctypes.
ro = b"abcdefgh"
r = uctypes.struct(uctypes.addressof(ro), {"x": 0 | uctypes.UINT16})
print(hex(r.x), uctypes.bytes_at(uctypes.addressof(ro) + 4, 4))
try:
    r.x = 1
except TypeError:
    print("TypeError writing into bytes", ro)
refused("bytearray_at over bytes", uctypes.bytearray_at, uctypes.addressof(ro), 2)

# The viewed memory stays alive after its owner is gone.
def make():
    b = bytearray(b"kept alive")
    return uctypes.struct(uctypes.addressof(b), {"w": (0 | uctypes.ARRAY, 10 | uctypes.UINT8)}), uctypes.bytearray_at(uctypes.addressof(b), 4)
st, ba = make()
junk = [bytearray(100) for i in range(200)]
gc.collect()
junk = [bytearray(b"overwrite!" * 10) for i in range(200)]
print(bytes(st.w), ba)

# A bytearray that grows moves; the struct keeps reading the block it was made over.
grow = bytearray(b"abcd")
g = uctypes.struct(uctypes.addressof(grow), {"v": 0 | uctypes.UINT8})
grow.extend(b"x" * 1000)
grow[0] = ord("Z")
print(chr(g.v) in "aZ")
refused("an empty bytearray", uctypes.addressof, bytearray())
for bad in ((1, 2), "text"):
    try:
        uctypes.addressof(bad)
    except TypeError:
        print("TypeError: addressof needs a buffer")
