# String literals, concatenation, repetition, length and membership.
s = "hello"
t = 'world'
print(s + " " + t, len(s), len(""), len(s + t))
print(s * 2, 2 * s, s * 0, s * -1, "" * 5)
print("ell" in s, "xyz" in s, "" in s, "h" not in s)
print("a" "b" "c", "con" 'cat')
print(s[0], s[-1], s[1:3])
print(str(), str("x"), str(5), str([1, "a"]))
print('single "inside"', "double 'inside'")
print("""triple
quoted""", '''also
triple''')
print(len("""
"""))
u = s
u += "!"
print(u, s)
print("abc" == "abc", "abc" != "abd", len("abc") == 3)
print(type(s).__name__, isinstance(s, str))
print(min("hello"), max("hello"), sorted("hello"))
print(list("abc"), tuple("ab"), set("aa") == {"a"})
print("x".join("abc"), "-".join(["1", "2"]))
words = []
for ch in "a b":
    words.append(ch)
print(words)
print("%s has %d chars" % (s, len(s)))
try:
    "a" + 1
except TypeError:
    print("TypeError str + int")
try:
    "a" * 1.5
except TypeError:
    print("TypeError str * float")
