# memoryview over bytes: indexing, slicing, length, conversion.
mv = memoryview(b"abcdef")
print(len(mv), mv[0], mv[-1], bytes(mv[1:4]), bytes(mv[4:]))
print(type(mv[1:3]).__name__, len(mv[1:3]), bytes(mv))
sub = mv[2:5]
print(sub[0], bytes(sub[1:]), len(sub))
print(list(mv[:3]), [b for b in mv[3:]])
try:
    mv[0] = 65
except TypeError:
    print("TypeError read-only")
try:
    mv[10]
except IndexError:
    print("IndexError")
print(bytes(memoryview(bytearray(b"xyz"))), bytearray(memoryview(b"q")))
print(b"abc" + bytes(memoryview(b"def")), memoryview(b"hex!").hex())
m2 = memoryview(b"0123456789")
print(bytes(m2[2:8][1:3]), bytes(m2[-3:]), bytes(m2[:0]))
data = b"\x01\x02\x03\x04\x05\x06"
view = memoryview(data)
total = 0
for i in range(0, len(view), 2):
    total += view[i] * 256 + view[i + 1]
print(total)
print(int.from_bytes(view[2:4], "big"), str(bytes(view[:2])))
# A view of a view sees the same bytes (and writes through to them), however long the chain.
b = bytearray(b"abcdef")
v = memoryview(memoryview(b)[1:5])
print(bytes(v), v[0], len(v), bytes(memoryview(v)[1:3]))
v[0] = 65
print(b)
for i in range(1000):
    v = memoryview(v)
print(bytes(v), len(v))
