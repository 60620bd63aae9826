# str.split with and without a separator, with maxsplit.
tests = ["a b c", "  a  b  c  ", "", "   ", "one", "a\tb\nc\r\nd", "a,b,,c,", ",a,", "x\x0by\x0cz"]
for s in tests:
    print(repr(s), s.split(), s.split(","), s.split(" "))
print("a b c d".split(None, 1), "a b c d".split(None, 0), "a b c d".split(None, -1))
print("a,b,c,d".split(",", 2), "a,b,c,d".split(",", 10), "a,b".split(",", 0))
print("  lead and trail  ".split(None, 1))
print("a--b--c".split("--"), "a--b--c".split("--", 1), "----".split("--"))
print("abcabc".split("abc"), "abc".split("abcd"), "aaa".split("a"))
print("é,€,😀".split(","), "x€y€z".split("€"))
try:
    "abc".split("")
except ValueError:
    print("ValueError empty sep")
try:
    "abc".split(1)
except TypeError:
    print("TypeError sep int")
line = "key = value = more"
k, v = line.split("=", 1)
print(repr(k.strip()), repr(v.strip()))
print("1 2 3".split(" ", 1), " 1 2 ".split(" "))
print([int(x) for x in "10 20 30".split()])
print(len("a b c".split()), "\n".join("p q".split()))
