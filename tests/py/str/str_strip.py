# strip/lstrip/rstrip with default whitespace and explicit character sets.
for s in ["  hi  ", "\t\n hi \r\n", "hi", "", "   ", "\x0b\x0chi\x0c"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "hi".strip("xyz"))
print("xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcba".strip("ab"), "abcba".strip("c"), "aaaa".strip("a"))
print("0012300".strip("0"), "0012300".lstrip("0"), "0012300".rstrip("0"))
print("  x  ".strip(" "), "  x  ".strip(None), "..x..".strip("."))
print("€€x€".strip("€"), "ééxé".lstrip("é"), "😀a😀".rstrip("😀"))
print("www.example.com".lstrip("cmowz."), "www.example.com".strip("w.moc"))
print(repr("".strip("a")), repr("a".strip("a")), repr(" a ".strip("")))
line = "  value = 5  \n"
print(repr(line.strip()), repr(line.rstrip("\n")))
try:
    "x".strip(5)
except TypeError:
    print("TypeError")
data = ["  a", "b  ", " c "]
print([d.strip() for d in data], "|".join(d.strip() for d in data))
print(repr("\t\v\f\r\n x \n".strip()), repr(" \x0b".lstrip()))
