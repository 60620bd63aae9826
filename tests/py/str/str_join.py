# str.join over various iterables and its errors.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["solo"]))
print(", ".join(("t", "u")), "|".join("abc"), " ".join(str(i) for i in range(5)))
print("/".join({"k1": 1, "k2": 2}), "+".join(sorted({"z", "a", "m"})))
print("€".join(["a", "b"]), "".join(["é", "😀"]), len("😀".join(["", ""])))
print("ab".join(["1", "2", "3"]))
for bad in ([1, 2], ["a", None], [b"x"], "a b".split() + [3]):
    try:
        print("-".join(bad))
    except TypeError:
        print("TypeError", repr(bad))
try:
    ",".join(5)
except TypeError:
    print("TypeError not iterable")
class Words:
    def __iter__(self):
        yield "from"
        yield "iter"
print(" ".join(Words()))
parts = []
for i in range(10):
    parts.append(chr(ord("a") + i) * (i % 3 + 1))
print("".join(parts))
print("\n".join(["line1", "line2"]))
s = "x"
print(s.join(s.join(["a", "b"])))
print(",".join(map(str, [1, 2.5, None, True])))
print(repr("".join([])), repr(",".join([""])), repr(",".join(["", ""])))
