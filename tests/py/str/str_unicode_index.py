# Unicode strings index, slice and measure by code point, not by byte.
s = "aé€😀z"
print(len(s), len(s.encode()))
for i in range(len(s)):
    print(i, s[i], ord(s[i]), len(s[i].encode()))
print(s[-1], s[-2], s[-4])
print(s[1:4], s[::-1], s[::2], s[-2:])
print(s.find("€"), s.index("😀"), s.find("z"), s.rfind("é"))
print(s.count("é"), "é€" in s, "€é" in s)
print(list(s))
print(s.split("€"), s.replace("€", "E"), s.partition("😀"))
print("ñ" * 3, len("ñ" * 3), ("ñ" * 3)[1])
t = "日本語テキスト"
print(len(t), t[2], t[1:4], t[-1], t[::-1])
print(t.startswith("日本"), t.endswith("スト"), t.find("テ"))
print("".join(reversed(t)))
print(sorted("éa€b"))
print("é" < "ê", "€" > "z", max(s), min(s))
print(str(s.encode("utf-8"), "utf-8") == s)
try:
    s[5]
except IndexError:
    print("IndexError")
