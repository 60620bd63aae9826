# split/rsplit/strip edges: every whitespace character, maxsplit limits, many parts (past any
# small fixed buffer), non-ASCII text around ASCII separators and strip sets, and bad arguments
# (printed by type: some of the messages differ from CPython's).

ws = " \t\n\v\f\r\x1c\x1d\x1e\x1f"
text = ws.join("w%d" % i for i in range(10))
print(text.split())
print(text.rsplit())
print((ws + "a" + ws + "b" + ws).split())
for n in (-1, 0, 1, 2, 5, 100):
    print(n, "  a b  c   d ".split(None, n), "  a b  c   d ".rsplit(None, n))
    print(n, "a,b,,c,".split(",", n), "a,b,,c,".rsplit(",", n))
    print(n, "a::b::::c".split("::", n), "a::b::::c".rsplit("::", n))
print("\xa0a b".split(" ") == ["\xa0a", "b"], "é é  ü".split(), "x€y€€z".split("€"), "x€y€€z".rsplit("€", 1))

many = " ".join(str(i) for i in range(100))
parts = many.split()
print(len(parts), parts[:3], parts[30:35], parts[-3:])
rparts = many.rsplit(None, 70)
print(len(rparts), rparts[0][-10:], rparts[1:3], rparts[-1])
print(len(many.split(" ", 40)), many.split(" ", 40)[-1][:12])
print(len(("," * 99).split(",")), ("," * 99).rsplit(",", 50)[:2])
print(many.split(maxsplit=33)[33][:10], many.rsplit(sep=" ", maxsplit=33)[0][-10:])
bmany = b" ".join(b"%d" % i for i in range(70))
print(len(bmany.split()), bmany.split()[31:34], bmany.rsplit(None, 40)[:2], bmany.split(b" ", 35)[-1][:8])
print(b"a\x1cb".split(), "a\x1cb".split())

for s in ("..hello,;", ";;;", "", "é.,", ".,é", "xéx", "éé.é.é"):
    print(repr(s.strip(".,;")), repr(s.lstrip(".,;")), repr(s.rstrip(".,;")))
    print(repr(s.strip("é.")), repr(s.lstrip("éx")), repr(s.rstrip("é.")))
print(repr(ws.strip()), repr((ws + "x" + ws).strip()), repr((ws + "x" + ws).lstrip()), repr((ws + "x" + ws).rstrip()))
print(repr("\xa0x\xa0".strip("\xa0")), repr("abcba".strip("ab")), repr("abc".strip("")), repr("abc".strip(None)))
w = "word"
print(w.strip(".,;") is w, w.split()[0] == w)

for call in (lambda: "a b".split(""), lambda: "a b".split(1), lambda: "a b".split(None, "2"),
             lambda: "a".strip(5), lambda: "a".strip("a", "b"), lambda: "a".split(x=1),
             lambda: b"a".split(b""), lambda: "a b".rsplit("")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
