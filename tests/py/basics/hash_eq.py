# Equal numbers hash equal, so they collapse as dict keys and set members.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(2 ** 70) == hash(2 ** 70), hash(0.5) == hash(0.5))
print(hash("abc") == hash("ab" + "c"), hash(b"abc") == hash(b"abc"))
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1.0, "a")))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False, 1, 1.0, True, 2}
print(sorted(s), len(s))
for unhashable in ([], {}, set(), bytearray()):
    try:
        hash(unhashable)
    except TypeError:
        print("TypeError", type(unhashable).__name__)
try:
    {[1]: 2}
except TypeError:
    print("TypeError list key")
try:
    hash((1, [2]))
except TypeError:
    print("TypeError tuple with list")
print(hash(None) == hash(None), hash(int) == hash(int))
print({(1, 2): "t"}[(1, 2)], {frozenset([3]): 1}[frozenset([3])])
print(hash(7) == 7, hash(0) == 0, hash(123456) == 123456)
print({2 ** 40: 1}[2 ** 40], {-5: "m"}[-5])
