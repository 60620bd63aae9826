# str.encode / bytes.decode with UTF-8, and handling of invalid bytes.
for s in ["", "abc", "é", "€", "😀", "aé€😀"]:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode("utf-8") == b)
print(b"\xc3\xa9".decode(), b"\xe2\x82\xac".decode("utf-8"), bytes("€", "utf-8"))
print(str(b"\xf0\x9f\x98\x80", "utf-8") == "😀")
for bad in [b"\xff", b"\xc3", b"\xe2\x82", b"a\x80b"]:
    try:
        print(bad.decode())
    except UnicodeError:
        print("UnicodeError", bad)
print(issubclass(UnicodeError, ValueError))
print("abc".encode() + "déf".encode())
print(bytearray("é", "utf-8"), bytes("x", "ascii"))
print(b"hello".decode("ascii"), "hello".encode("ascii"))
print(len("😀😀".encode()), "😀😀".encode()[:4].decode())
print([hex(c) for c in "€".encode()])
try:
    "é".encode("ascii")
except UnicodeError:
    print("UnicodeError ascii")
try:
    str(b"abc", "utf-8", "strict", "extra")
except TypeError:
    print("TypeError too many args")
print(str(b"abc"), str(b"abc", "utf-8"))
