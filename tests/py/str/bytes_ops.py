b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]))
print(b + b" world", b * 2, b"ll" in b, 104 in b)
print(b.upper(), b.find(b"l"), b.replace(b"l", b"L"), b.split(b"l"))
print(bytes(3), bytes([65, 66]), bytes("ab", "utf-8"), bytes(range(3)))
print(b.hex(), bytes.fromhex("4142 43"), b"\x00\xff".hex())
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.pop(), ba)
del ba[0]
print(ba, bytes(ba), ba.decode())
print(b"a,b".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]))
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), hash(b"x") == hash(b"x"))
m = memoryview(bytearray(b"xyz"))
m[0] = 65
print(bytes(m), m[1], bytes(m[1:]), len(m))
