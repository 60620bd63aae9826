# Whitespace handling across split, strip, isspace and splitlines.
ws = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "  \t\n"]
for w in ws:
    print(repr(w), w.isspace(), repr(("a" + w + "b").split()), repr(w.strip()))
text = "\tindented\n  lines\r\n\n end  "
print(text.split(), text.split(" "), text.splitlines(), [l.strip() for l in text.splitlines()])
print(repr(text.lstrip()), repr(text.rstrip()), repr(text.strip(" ")))
print(" ".join("  many   spaces   here ".split()))
print("a\tb".split("\t"), "a  b".split(" "), "a  b".split(None), "a  b".split(" ", 1))
print(repr("".join(["x", " ", "\t", "y"]).replace(" ", "").replace("\t", "")))
print([len(s) for s in "one two  three".split(" ")], "\n".join(["l1", "", "l3"]).splitlines())
print(repr(" x ".strip()), repr(" x ".lstrip()), repr(" x ".rstrip()), " ".isspace(), "".isspace(), "a ".isspace())
