# replace() writes its result at its final size: every count, empty needles and results, non-ASCII
# text whose byte and character lengths differ, and bad arguments.
cases = [("abcabc", "b", "XY"), ("abcabc", "b", ""), ("aaa", "a", ""), ("aaa", "a", "b"), ("abc", "", "-"),
         ("", "", "x"), ("", "a", "b"), ("héllo wörld", "ö", "oe"), ("héllo", "", "·"), ("ééé", "é", "e"),
         ("a€b€c", "€", "EUR"), ("xyz", "q", "w"), ("aaaa", "aa", "b"), ("abab", "ab", "abab")]
for s, a, b in cases:
    for n in (-1, 0, 1, 2, 100):
        r = s.replace(a, b, n)
        print(repr(r), len(r), r is s, r == "" and r is "", r[::-1] if r else r)
print("aaa".replace("a", "") is "")
for bad in (lambda: "a".replace(1, "b"), lambda: "a".replace("a", None), lambda: "a".replace("a", "b", "1"),
            lambda: "a".replace("a")):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__)
