# Padding with widths at the ends of int64: a width below the length returns the text unchanged.
for s in ["abc", "-12", b"abc", b"+7", bytearray(b"xy")]:
    print(repr(s.center(-2 ** 63)), repr(s.ljust(-2 ** 63)), repr(s.rjust(-2 ** 63)), repr(s.zfill(-2 ** 63)))
    print(repr(s.center(7)), repr(s.ljust(6)), repr(s.rjust(6)), repr(s.zfill(6)))
print(b"ab".center(6, b"*"), b"ab".ljust(5, b"-"), b"ab".rjust(5, b"-"), bytearray(b"ab").rjust(4, b"0"))
for bad in [lambda: b"ab".ljust(5, b"--"), lambda: b"ab".rjust(5, "-"), lambda: "ab".ljust(5, "--")]:
    try:
        bad()
    except TypeError:
        print("TypeError")
print("x".replace("x", "yy" * 3), "aaa".replace("a", "bc", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print(b"aaa".replace(b"a", b"bc", -1), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 0), "\u00e9t\u00e9".replace("", "|"))
