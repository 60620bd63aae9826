# bytes literals, indexing (ints), slicing (bytes), concatenation and membership.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b + b" world", b * 2, 2 * b, b * 0)
print(104 in b, b"ell" in b, b"" in b, 0 in b, b"x" not in b)
print(b"\x00\x01\xff", b"\t\n\r", b"'", b'"', b"\\")
print(b"abc" == b"abc", b"abc" != b"abd", b"" == bytes())
print(list(b"abc"), tuple(b"\x01\x02"))
print(B"upper prefix", rb"raw\n", br"\x00", len(rb"\x00"))
print(b"con" b"cat", b"A"[0] == 65)
for i in range(-5, 5):
    print(i, b[i])
try:
    b[5]
except IndexError:
    print("IndexError")
try:
    b[0] = 1
except TypeError:
    print("TypeError immutable")
try:
    b"a" + "b"
except TypeError:
    print("TypeError bytes+str")
print(b.count(b"l"), b.find(b"l"), b.index(b"o"), b.rfind(b"l"))
print(min(b), max(b), sum(b), sorted(b))
