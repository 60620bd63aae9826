# memoryview over bytearray writes through to the underlying buffer.
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[0] = 65
print(ba)
mv[1:3] = b"XY"
print(ba)
sub = mv[3:]
sub[0] = ord("d") - 32
sub[1:] = b"!!"
print(ba, bytes(sub))
ba[5] = 63
print(bytes(mv), mv[5])
buf = bytearray(10)
view = memoryview(buf)
for i in range(5):
    view[i * 2:i * 2 + 2] = bytes([i, i * 16])
print(buf.hex())
def fill(target, value):
    for i in range(len(target)):
        target[i] = value
fill(memoryview(buf)[6:], 0xEE)
print(buf.hex())
header = memoryview(buf)[:4]
header[:] = b"\xca\xfe\xba\xbe"
print(buf[:4].hex(), len(header))
big = bytearray(1000)
mv_big = memoryview(big)
mv_big[500:504] = b"DATA"
print(big.find(b"DATA"), big.count(0))
