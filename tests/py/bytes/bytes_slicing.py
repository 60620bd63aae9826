# Slicing bytes and bytearray keeps the type; indexing gives ints.
b = bytes(range(10))
ba = bytearray(b)
for s in (slice(2, 5), slice(None, None, 2), slice(None, None, -1), slice(-3, None), slice(8, 2, -2), slice(20, 30)):
    print(b[s], ba[s], type(b[s]).__name__, type(ba[s]).__name__)
print(b[3], ba[-1], type(b[3]).__name__, b[3:4], b[3:4] == bytes([b[3]]))
mv = memoryview(b)
print(bytes(mv[2:6]), bytes(mv[2:6][1:3]), len(mv[::1]))
print(b[::3] + ba[::4], (b[:2] + b[-2:]).hex())
chunks = [b[i:i + 3] for i in range(0, len(b), 3)]
print(chunks, b"".join(chunks) == b)
