# bytes.hex() and bytes.fromhex() round trips.
for b in [b"", b"\x00", b"\x01\x02\xff", b"hello", bytes(range(16))]:
    h = b.hex()
    print(repr(h), bytes.fromhex(h) == b)
print(bytearray(b"\xde\xad\xbe\xef").hex(), memoryview(b"\x0a\x0b").hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("DEADBEEF"), bytes.fromhex("de ad be ef"))
print(bytes.fromhex(""), bytes.fromhex("00ff"), bytes.fromhex("0102"))
for bad in ["0", "zz", "0g", "abc"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError:
        print("ValueError", repr(bad))
print(b"\x12\x34".hex(), (0x1234).to_bytes(2, "big").hex())
mac = bytes([0x70, 0xb3, 0xd5, 0x49, 0x9a, 0x01])
print(":".join("%02x" % c for c in mac), mac.hex().upper())
key = bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c")
print(len(key), key[:4], key.hex() == "2b7e151628aed2a6abf7158809cf4f3c")
print(int(b"\xff\x01".hex(), 16), "%04x" % int.from_bytes(b"\x01\x02", "big"))
