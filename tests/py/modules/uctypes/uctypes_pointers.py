# Pointers: 4-byte addresses as on the ESP32, followed to scalars and to structs, and printed.
import uctypes

data = bytearray(b"\x10\x20\x30\x40\x50\x60\x70\x80")
REC = {"a": 0 | uctypes.UINT8, "b": 1 | uctypes.UINT8}
holder = bytearray(8)
desc = {
    "bytes": (0 | uctypes.PTR, uctypes.UINT8),
    "words": (0 | uctypes.PTR, uctypes.UINT16),
    "recs": (4 | uctypes.PTR, REC),
}
h = uctypes.struct(uctypes.addressof(holder), desc)
h.bytes = uctypes.addressof(data)
h.recs = uctypes.addressof(data) + 2
print(int(h.bytes) == uctypes.addressof(data), int(h.recs) - int(h.bytes))
print(h.bytes[0], h.bytes[7], hex(h.words[1]), h.recs[0].a, h.recs[1].b)
h.bytes[1] = 0x99
print(data[1] == 0x99, uctypes.sizeof(desc))
print(holder[:4] == uctypes.addressof(data).to_bytes(4, "little"))
print(repr(h).startswith("<struct STRUCT "), repr(h.bytes).startswith("<struct PTR "))
arr = uctypes.struct(uctypes.addressof(data), (uctypes.ARRAY, 4 | uctypes.UINT16))
print(repr(arr).startswith("<struct ARRAY "), [hex(arr[i]) for i in range(4)])
print(bytes(uctypes.struct(uctypes.addressof(data), REC)))
try:
    h.recs[0] = 1
except TypeError:
    print("TypeError assigning through a pointer to a struct")
try:
    h.bytes.a
except TypeError:
    print("TypeError: a pointer has no fields")
try:
    h[0]
except TypeError:
    print("TypeError: a struct cannot be indexed")
