# Mixed-width characters through common operations.
s = "Grüße, 世界! 😀"
print(len(s), len(s.encode()))
print(s.split(", "), s.find("世"), s[7:9])
print(s.replace("😀", "☺"), s.count("ü"), s.startswith("Grü"))
print([c for c in s if ord(c) > 127])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(s.encode()[:4], s.encode()[4:6].decode())
print(sorted(set("ééaa€€")), len(set("😀😀😀")))
d = {"€": "euro", "¥": "yen", "£": "pound"}
for k in sorted(d):
    print(k, ord(k), d[k])
print("€" * 3 + "!", ("€" * 3).count("€€"), "€€€".find("€", 1))
print("a😀b".index("b"), "a😀b"[1] == "😀", "a😀b".split("😀"))
t = "ÄÖÜ"
print([hex(ord(c)) for c in t])
print(s.strip("😀 "), s.rstrip("! 😀"))
print(repr("é"), str("é".encode(), "utf-8"))
b = s.encode()
print(len(b), b.count(b"\xc3"), b.decode() == s)
print(max(s), min(s.replace(" ", "")), "z" < "é" < "世" < "😀")
