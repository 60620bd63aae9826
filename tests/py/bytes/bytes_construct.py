# Building bytes from ints, iterables, strings and other buffers.
print(bytes(), bytes(0), bytes(3), bytes([1, 2, 255]), bytes((65, 66)))
print(bytes(range(5)), bytes(x * 2 for x in range(4)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("abc", "utf-8"), bytes("é", "utf-8"), bytes("x", "ascii"))
print(bytes(memoryview(b"mv")), bytes([]), bytes(iter([7, 8])))
for bad in ([256], [-1], [1, 300]):
    try:
        bytes(bad)
    except ValueError:
        print("ValueError", bad)
for bad in (["a"], [1.5], [None]):
    try:
        bytes(bad)
    except TypeError:
        print("TypeError", bad)
try:
    bytes("abc")
except TypeError:
    print("TypeError str without encoding")
try:
    bytes(-1)
except ValueError:
    print("ValueError negative length")
try:
    bytes(1.5)
except TypeError:
    print("TypeError float")
print(bytearray(3), bytearray([1, 2]), bytearray(b"abc"), bytearray("é", "utf-8"))
print(bytearray(range(3)), bytearray(bytearray(b"z")), bytearray(memoryview(b"m")))
print(bytes(10)[5], len(bytearray(100)), bytes(bytearray(2)) == b"\x00\x00")
b = bytes([0] * 4)
print(b, b == bytes(4))
print(bytes([65]) + bytes([66, 67]), bytes.fromhex("414243"))
