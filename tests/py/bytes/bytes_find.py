# Searching in bytes: find, rfind, index, rindex, count, startswith, endswith.
b = b"abracadabra"
for sub in [b"a", b"bra", b"cad", b"z", b"", b"abracadabra"]:
    print(sub, b.find(sub), b.rfind(sub), b.count(sub))
print(b.find(b"a", 1), b.find(b"a", 1, 3), b.rfind(b"a", 0, 5), b.count(b"a", 2, 8))
print(b.index(b"c"), b.rindex(b"a"), b.index(b"a", 4))
try:
    b.index(b"z")
except ValueError:
    print("ValueError index")
try:
    b.rindex(b"a", 4, 5)
except ValueError:
    print("ValueError rindex")
print(b.startswith(b"abra"), b.startswith(b"cad", 4), b.endswith(b"bra"), b.endswith(b"abra", 0, 4))
print(b.startswith((b"x", b"ab")), b.endswith((b"x", b"y")))
print(b.count(b"ab"), b"aaaa".count(b"aa"))
print(b"\x00\xff\x00".find(b"\xff"), b"\x00\xff\x00".rfind(b"\x00"))
print(b"".find(b""), b"".count(b""), b"x".find(b"", 5))
try:
    b.find("a")
except TypeError:
    print("TypeError str in bytes.find")
pos = 0
hits = []
while True:
    pos = b.find(b"a", pos)
    if pos < 0:
        break
    hits.append(pos)
    pos += 1
print(hits)
