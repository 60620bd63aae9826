# bytes as dict keys and set members; bytes vs str keys are distinct.
d = {b"a": 1, "a": 2, b"b": 3}
print(len(d), d[b"a"], d["a"])
d[bytes([98])] = 30
print(d[b"b"], len(d))
s = {b"x", b"y", b"x", bytes(b"y")}
print(sorted(s))
keys = [b"\x00", b"\xff", b"", b"abc"]
table = {k: len(k) for k in keys}
print([table[k] for k in keys])
cache = {}
for chunk in [b"ab", b"cd", b"ab", b"ab"]:
    cache[chunk] = cache.get(chunk, 0) + 1
print(sorted(cache.items()))
print(b"a" in {b"a": 0}, "a" in {b"a": 0}, bytes(bytearray(b"a")) in {b"a"})
try:
    {bytearray(b"a"): 1}
except TypeError:
    print("TypeError bytearray key")
fs = frozenset([b"p", b"q"])
print(b"p" in fs, len(fs), sorted(fs))
print({b"k": b"v"}.get(b"k"), {b"k": b"v"}.get(b"z", b"default"))
pairs = dict([(b"one", 1), (b"two", 2)])
print(sorted(pairs), sum(pairs.values()))
