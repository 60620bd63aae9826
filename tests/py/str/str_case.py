# upper/lower and the case and character-class predicates on ASCII text.
for s in ["hello", "HELLO", "Hello World", "123abc", "", "MiXeD 42!", "a_b-c"]:
    print(repr(s), s.upper(), s.lower(), s.isupper(), s.islower())
for s in ["abc", "ABC", "aBc", "123", "12a", "", " ", " \t\n", "a b", "x9"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower())
print("A1".isupper(), "a1".islower(), "1".isupper(), "1".islower())
print("".upper() == "", "é".lower() == "é", "ABC".lower().upper())
print("Python3".upper(), "Python3".lower())
s = "Hello"
print(s.upper() is not s, s)
words = ["Banana", "apple", "Cherry"]
print(sorted(words), sorted(words, key=lambda w: w.lower()))
print([w for w in words if w[0].isupper()])
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternate")))
print(sum(1 for c in "Some Text 123" if c.isdigit()), sum(1 for c in "Some Text" if c.isupper()))
print("0123456789".isdigit(), "12.5".isdigit(), "-1".isdigit())
