# The in operator on strings tests substrings.
s = "the quick brown fox"
for sub in ["the", "quick brown", "fox", "", " ", "Fox", "brownfox", "x", s, s + " "]:
    print(repr(sub), sub in s, sub not in s)
print("é" in "café", "fé" in "café", "€" in "price: 5€", "😀" in "a😀b")
print("a" in "", "" in "")
try:
    print(1 in "abc")
except TypeError:
    print("TypeError int in str")
try:
    print(None in "abc")
except TypeError:
    print("TypeError None in str")
print(["a"] == list("a"), "a" in ["abc"], "abc" in ["abc"])
print("b" in ("a", "b"), "ab" in {"ab": 1}, "ab" in {"ab"})
banned = "xyz"
print([w for w in ["axe", "bob", "zoo", "cat"] if not any(c in w for c in banned)])
text = "line with TODO marker"
if "TODO" in text:
    print("found marker at", text.index("TODO"))
print(all(x in "abcdef" for x in "fed"), any(x in "abc" for x in "xyz"))
