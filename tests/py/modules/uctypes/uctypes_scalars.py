# Scalar fields in the three layouts: reads, writes truncated to the width, signedness, floats.
import uctypes

desc = {
    "u8": 0 | uctypes.UINT8, "i8": 1 | uctypes.INT8, "u16": 2 | uctypes.UINT16,
    "i16": 4 | uctypes.INT16, "u32": 6 | uctypes.UINT32, "i32": 10 | uctypes.INT32,
    "u64": 14 | uctypes.UINT64, "i64": 22 | uctypes.INT64,
}
buf = bytearray(range(1, 31))
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE):
    s = uctypes.struct(uctypes.addressof(buf), desc, layout)
    print(layout, s.u8, s.i8, hex(s.u16), hex(s.i16), hex(s.u32), hex(s.i32), hex(s.u64), hex(s.i64))

buf = bytearray(30)
s = uctypes.struct(uctypes.addressof(buf), desc, uctypes.BIG_ENDIAN)
s.u8 = 0x1FF
s.i8 = -1
s.u16 = 0x12345
s.i16 = -2
s.u32 = -1
s.i32 = 2**31
s.u64 = 2**64 + 7
s.i64 = -3
print(buf.hex())
print(s.u8, s.i8, s.u16, s.i16, s.u32, s.i32, s.u64, s.i64)

fdesc = {"f": 0 | uctypes.FLOAT32, "d": 4 | uctypes.FLOAT64}
fbuf = bytearray(12)
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    f = uctypes.struct(uctypes.addressof(fbuf), fdesc, layout)
    f.f = 1.5
    f.d = -2.25
    print(fbuf.hex(), f.f, f.d)
    f.f = 3
    print(f.f)

try:
    s.u8 = 1.5
except TypeError:
    print("TypeError for a float in an int field")
try:
    s.nope
except AttributeError:
    print("AttributeError for an unknown field")
try:
    s.nope = 1
except AttributeError:
    print("AttributeError for setting an unknown field")
