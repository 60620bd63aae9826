# Slice reads, slice assignment of equal and different length, slice deletion.
ba = bytearray(b"0123456789")
print(ba[2:5], ba[::2], ba[::-1], ba[-3:])
ba[0:2] = b"ab"
print(ba)
ba[2:4] = b"WXYZ"
print(ba, len(ba))
ba[2:6] = b""
print(ba, len(ba))
ba[:0] = b"<<"
print(ba)
ba[len(ba):] = b">>"
print(ba)
ba[1:3] = bytearray(b"-")
print(ba)
del ba[0]
print(ba)
del ba[-2:]
print(ba)
del ba[1:1]
print(ba)
b2 = bytearray(range(10))
b2[2:8] = bytes([255, 254])
print(b2)
b2[-1:] = b"end"
print(b2, len(b2))
b3 = bytearray(b"abcdef")
b3[1:5] = b3[2:4]
print(b3)
view = bytearray(b"xyz")
copy = view[:]
copy[0] = 65
print(view, copy)
