# startswith/endswith with strings, tuples and start/end positions.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith(s + "!"))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""), s.endswith("d"))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("hello", 0, 5), s.endswith("lo", 0, 5), s.endswith("o", 0, -6))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("ld", "zz")))
print(s.startswith("h", -11), s.startswith("w", -5), s.endswith("l", -3, -1))
print("".startswith(""), "".endswith("a"), "a".startswith("a", 1), "a".startswith("", 1))
print("é€x".startswith("é€"), "é€x".endswith("€x"), "é€x".startswith("€", 1))
try:
    s.startswith(["h"])
except TypeError:
    print("TypeError list")
try:
    s.endswith(5)
except TypeError:
    print("TypeError int")
files = ["a.py", "b.txt", "c.PY", "d.pyc"]
print([f for f in files if f.endswith(".py")], [f for f in files if f.endswith((".py", ".txt"))])
print([f for f in files if f.startswith(("a", "d"))])
print(s.startswith(("",)), s.endswith(()))
