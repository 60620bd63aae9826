# Lexicographic comparison of strings by code point.
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("a", "ab"), ("ab", "a"), ("", "a"),
         ("A", "a"), ("Z", "a"), ("abc", "abd"), ("10", "9"), ("é", "z"), ("€", "é"),
         ("😀", "€"), ("abc", "ABC")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""]))
print(max(["x", "xy", "xz", "w"]), min(["x", "xy", "xz", "w"]))
print("abc" == "ab" + "c", "abc" != "ab", "a" * 3 == "aaa")
print("a" < "b" < "c", "c" > "b" > "a" > "")
print(sorted("the quick brown fox".split()))
print(sorted(["b", "a", "c"], reverse=True))
s1 = "".join(["h", "i"])
s2 = "hi"
print(s1 == s2, hash(s1) == hash(s2), {s1: 1}[s2])
print("abc" in ["x", "abc"], ["abc"].index("ab" + "c"))
print(["a", "b"] < ["a", "c"], ("z",) > ("a", "b"))
