# Case conversion and classification methods on bytes (ASCII only).
for b in [b"hello", b"HELLO", b"MiXeD 123", b"", b"123", b" \t\n", b"abc1"]:
    print(b, b.upper(), b.lower(), b.isalpha(), b.isdigit(), b.isspace(), b.isupper(), b.islower())
print(b"\xe9".upper(), b"\xc9".lower())
print(b"A-b_C".lower(), b"x".upper() == b"X")
print(bytes(b"Mixed").upper().decode())
print([c for c in b"aB1 " if bytes([c]).isalpha()])
print(b"abc".center(7), b"abc".center(8, b"*"))
cmd = b"  Set Mode  "
print(cmd.strip().lower(), cmd.strip().upper().split())
for b in [b"x", b"X", b"5", b" ", b"_"]:
    print(b, b.isalpha(), b.isdigit(), b.isspace(), b.isupper(), b.islower())
tag = b"AbC"
print(tag.lower() == b"abc", tag.upper() == b"ABC", tag)
print(bytes(c for c in b"a1b2" if bytes([c]).isdigit()))
print(b"MIXED case".lower().decode(), len(b"mixed".upper()))
print(b"\x00ab".upper(), b"\xffAB".lower())
print(b"hello world".split()[1].upper(), b"".upper(), b"".isdigit())
print(b"Hello".startswith(b"H") and b"Hello".lower().startswith(b"h"))
print([b.upper() for b in (b"on", b"off")], b"a" * 3)
print(b"12".isdigit() and int(b"12") == 12, int(b" 34 "), float(b"1.5"))
