# Nested structs, arrays of scalars and of structs, UINT8 arrays as bytearrays by reference,
# bit fields, and sizeof in each layout.
import uctypes

POINT = {"x": 0 | uctypes.INT16, "y": 2 | uctypes.INT16}
desc = {
    "tag": 0 | uctypes.UINT8,
    "origin": (2, POINT),
    "points": (6 | uctypes.ARRAY, 3, POINT),
    "words": (18 | uctypes.ARRAY, 2 | uctypes.UINT16),
    "name": (22 | uctypes.ARRAY, 6 | uctypes.UINT8),
    "flags": 28 | uctypes.BFUINT16 | 0 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "mode": 28 | uctypes.BFUINT16 | 4 << uctypes.BF_POS | 3 << uctypes.BF_LEN,
    "delta": 28 | uctypes.BFINT16 | 7 << uctypes.BF_POS | 9 << uctypes.BF_LEN,
}
buf = bytearray(30)
s = uctypes.struct(uctypes.addressof(buf), desc, uctypes.LITTLE_ENDIAN)
print(uctypes.sizeof(desc), uctypes.sizeof(desc, uctypes.LITTLE_ENDIAN), uctypes.sizeof(s))
s.tag = 7
s.origin.x = -5
s.origin.y = 300
for i in range(3):
    s.points[i].x = i * 10
    s.points[i].y = -i
s.words[0] = 0xBEEF
s.words[1] = 65536 + 2
name = s.name
print(type(name).__name__, len(name))
name[0:5] = b"hello"
s.flags = 0x1F
s.mode = 5
s.delta = -3
print(buf.hex())
print(s.tag, s.origin.x, s.origin.y, [(p.x, p.y) for p in (s.points[0], s.points[1], s.points[2])])
print(s.words[0], s.words[1], bytes(s.name), s.flags, s.mode, s.delta)
buf[22] = ord("j")
print(bytes(name))   # captured by reference
try:
    name.append(1)
except TypeError:
    print("TypeError: a bytearray at a fixed address keeps its size")
try:
    s.points[3]
except IndexError:
    print("IndexError past the array")
try:
    s.words[-1]
except IndexError:
    print("IndexError for a negative index")
try:
    s.origin = 1
except TypeError:
    print("TypeError assigning an aggregate")

# sizeof: NATIVE aligns a struct to its widest field, packed layouts do not.
print(uctypes.sizeof({"a": 0 | uctypes.UINT8, "b": 4 | uctypes.UINT32, "c": 8 | uctypes.UINT8}))
print(uctypes.sizeof({"a": 0 | uctypes.UINT8, "b": 4 | uctypes.UINT32, "c": 8 | uctypes.UINT8}, uctypes.BIG_ENDIAN))
print(uctypes.sizeof({"a": 0 | uctypes.UINT8, "s": (1, {"x": 0 | uctypes.UINT32})}))
print(uctypes.sizeof({"p": (0 | uctypes.PTR, uctypes.UINT8), "q": 4 | uctypes.UINT8}))
print(uctypes.sizeof((0 | uctypes.ARRAY, 10 | uctypes.UINT16)), uctypes.sizeof((uctypes.ARRAY, 4, POINT)))
print(uctypes.sizeof({"d": 0 | uctypes.FLOAT64, "f": 8 | uctypes.FLOAT32}))
print(uctypes.sizeof(bytearray(5)))
for bad in (1 | uctypes.UINT8, "x", (1,), {"a": "b"}, {"a": (uctypes.ARRAY, 1, 2, 3)}):
    try:
        uctypes.sizeof(bad)
    except TypeError:
        print("TypeError for", repr(bad)[:12])
