# count and replace, including empty patterns and the count argument.
s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("x"), s.count(""))
print(s.count("a", 2), s.count("a", 2, 4), s.count("a", -2), s.count("", 2, 4))
print("".count(""), "".count("a"), "aaaa".count("aa"))
print(s.replace("a", "o"), s.replace("an", "AN"), s.replace("a", "", 2), s.replace("a", "o", 0))
print(s.replace("x", "y"), s.replace("banana", ""), s.replace("a", "a" * 3))
print("abc".replace("", "-"), "".replace("", "x"), "ab".replace("", "_", 1))
print("a.b.c".replace(".", "/", 1), "a.b.c".replace(".", "/", -1))
print("é€é".replace("é", "e"), "€€".count("€"), "😀a😀".replace("😀", ":)"))
print("aaa".replace("aa", "b"), "aaaa".replace("aa", "b"))
try:
    s.replace("a")
except TypeError:
    print("TypeError replace 1 arg")
try:
    s.count()
except TypeError:
    print("TypeError count 0 args")
t = "the cat sat on the mat"
print(t.count("the"), t.count("at"), t.replace("the", "a").replace("at", "og"))
r = t
for old, new in [("cat", "dog"), ("mat", "rug"), (" ", "_")]:
    r = r.replace(old, new)
print(r)
print(s)
