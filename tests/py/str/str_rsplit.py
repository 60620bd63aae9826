# str.rsplit splits from the right when maxsplit limits it.
for s in ["a b c d", "  a  b  c  ", "", "x"]:
    print(repr(s), s.rsplit(), s.rsplit(" ", 1), s.rsplit(" ", 2))
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(","))
print("a,b,c,d".rsplit(",", 0), "a,b,c,d".rsplit(",", -1))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1))
print("aaa".rsplit("a", 1), "aaaa".rsplit("aa", 1), ",,".rsplit(","))
print("a--b--c".rsplit("--", 1), "--a".rsplit("--"))
print("  x  y  ".rsplit(" ", 1), "x  y  ".rsplit(" ", 0))
try:
    "abc".rsplit("")
except ValueError:
    print("ValueError empty sep")
host, _, port = "example.com:8080".rpartition(":")
print(host, port)
print("a b c".rsplit(" ", 5), "é€😀".rsplit("€"))
name, ext = "archive.v2.bin".rsplit(".", 1)
print(name, ext)
print("1.2.3.4".rsplit(".", 2), "1.2.3.4".split(".", 2))
print("no-sep".rsplit(",", 1), "".rsplit(","))
words = "the quick brown fox".rsplit(" ", 2)
print(words, len(words))
