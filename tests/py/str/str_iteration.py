s = "héllo"
print(list(s), [ord(c) for c in s], "".join(reversed(s)), sorted(s))
for i, c in enumerate("ab"):
    print(i, c)
print(s.count("l"), s.index("l"), s.rindex("l"), "l" in s, s * 2)
print(len("€€€"), "€€€"[1:], "€uro".upper(), "ÀÉÎ".lower(), "straße".upper() if False else "skip")
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), "é".encode("utf-8"), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeError:
    print("UnicodeError")
try:
    b"\xff".decode("utf-8")
except UnicodeError:
    print("UnicodeError decode")
print(b"\xff".decode("utf-8", "replace") == "\ufffd", b"a\xffb".decode("ascii", "ignore"))
