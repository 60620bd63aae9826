# splitlines with and without keeping the line ends.
samples = ["a\nb\nc", "a\nb\n", "\n", "", "one", "a\r\nb\rc\n", "x\n\ny", "\r\r\n"]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True))
text = """first line
second line

fourth line"""
lines = text.splitlines()
print(len(lines), lines)
for i, line in enumerate(lines, 1):
    print(i, repr(line))
print([l for l in text.splitlines() if l])
print("a\nb".splitlines(False))
print("no newline at all".splitlines())
print("trailing\n\n".splitlines(), "trailing\n\n".splitlines(True))
print("é\n€\n😀".splitlines())
print("x\ny".split("\n") == "x\ny".splitlines(), "x\n".split("\n"), "x\n".splitlines())
rows = "k1=v1\nk2=v2\r\nk3=v3".splitlines()
print(dict(r.split("=") for r in rows))
