# Comparisons and hashing of bytes and bytearray.
pairs = [(b"a", b"b"), (b"a", b"a"), (b"a", b"ab"), (b"", b"\x00"), (b"\xff", b"\x00\x00"), (b"B", b"a")]
for x, y in pairs:
    print(x, y, x < y, x <= y, x == y, x != y, x > y, x >= y)
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", bytearray(b"a") < b"b")
print(b"abc" == "abc", b"" == "", b"a" != "a")
print(sorted([b"b", b"a", b"ab", b"", b"\x00"]))
print(max([b"x", b"xy"]), min([bytearray(b"q"), bytearray(b"p")]))
print(hash(b"k") == hash(b"k"), {b"k": 1}[b"k"], {b"a", b"a", b"b"} == {b"a", b"b"})
try:
    hash(bytearray(b"k"))
except TypeError:
    print("TypeError bytearray unhashable")
try:
    b"a" < "b"
except TypeError:
    print("TypeError bytes < str")
print(b"abc" in [b"abc"], bytearray(b"abc") in [b"abc"])
print(b"\x00" * 3 == bytes(3), bytearray(2) == bytes(2))
print(bytes(memoryview(b"ab")) == b"ab", bytes(bytearray(b"ab")) == b"ab")
