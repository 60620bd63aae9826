# Encoding and decoding a compact sensor payload with struct, as a LoPy application would.
import struct
FIELDS = (("temperature", "<h", 100), ("humidity", "<B", 2), ("pressure", "<H", 10), ("battery", "<B", 50))
def encode(reading):
    out = bytearray()
    for name, fmt, scale in FIELDS:
        out += struct.pack(fmt, int(round(reading[name] * scale)))
    return bytes(out)
def decode(payload):
    result = {}
    offset = 0
    for name, fmt, scale in FIELDS:
        (raw,) = struct.unpack_from(fmt, payload, offset)
        offset += struct.calcsize(fmt)
        result[name] = raw / scale
    return result
readings = [
    {"temperature": 21.37, "humidity": 45.5, "pressure": 1013.2, "battery": 3.7},
    {"temperature": -12.5, "humidity": 99.0, "pressure": 980.0, "battery": 2.9},
    {"temperature": 0.0, "humidity": 0.0, "pressure": 0.0, "battery": 0.0},
]
for r in readings:
    p = encode(r)
    back = decode(p)
    print(p.hex(), len(p), back)
    print(all(abs(back[k] - r[k]) < 0.06 for k in r))
def frame(port, counter, payload):
    header = struct.pack("<BHB", port, counter & 0xFFFF, len(payload))
    checksum = sum(header + payload) & 0xFF
    return header + payload + bytes([checksum])
def unframe(data):
    port, counter, n = struct.unpack_from("<BHB", data)
    payload = data[4:4 + n]
    ok = sum(data[:-1]) & 0xFF == data[-1]
    return port, counter, payload, ok
f = frame(2, 70000, encode(readings[0]))
print(f.hex(), unframe(f))
corrupted = bytearray(f)
corrupted[5] ^= 0x01
print(unframe(bytes(corrupted))[3])
