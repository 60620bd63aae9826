# str.center pads on both sides (extra space goes right when odd, as CPython).
for w in range(0, 10):
    print(repr("ab".center(w)), repr("abc".center(w)))
print(repr("x".center(5, "*")), repr("xy".center(7, "-")), repr("".center(3, "+")))
print(repr("long text".center(3)), repr("é".center(4, "€")))
try:
    "x".center(5, "ab")
except TypeError:
    print("TypeError fill")
for word in ["a", "ab", "abc", "abcd"]:
    print("[" + word.center(8, ".") + "]")
title = "Report"
print("=" * 20)
print(title.center(20))
print("=" * 20)
rows = [("a", 1), ("bb", 22), ("ccc", 333)]
for k, v in rows:
    print("|" + k.center(6) + "|" + str(v).center(6) + "|")
print("x".center(-5), "yz".center(0))
print(len("odd".center(10)), "odd".center(10).index("o"))
