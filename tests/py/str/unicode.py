s = "héllo wörld €"
print(len(s), s[1], s[-1], s[6:11], s.upper())
print([c for c in "aé€"], ord("é"), chr(8364), chr(233))
b = s.encode()
print(len(b), b[:3], b.decode() == s)
print("€".encode("utf-8"), b"\xe2\x82\xac".decode())
print(repr("a\nb\t\x00\x7f"), repr("quote'"), repr('both\'"'))
print("日本語"[1], len("日本語"), "日本語".find("語"))
print(sorted(["b", "á", "a"]))
