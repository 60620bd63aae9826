# Index errors and index types for every sequence kind.
seqs = [[1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), range(2)]
for s in seqs:
    name = type(s).__name__
    for idx in (2, -3):
        try:
            s[idx]
        except IndexError:
            print(name, idx, "IndexError")
    for idx in ("0", 1.0, None):
        try:
            s[idx]
        except TypeError:
            print(name, repr(idx), "TypeError")
    print(name, s[True], s[-True], s[0])
for s in seqs:
    print(type(s).__name__, len(s), s[-1], s[len(s) - 1] == s[-1], s[-len(s)] == s[0])
big = 2 ** 70
for s in seqs:
    try:
        s[big]
    except IndexError:
        print(type(s).__name__, "IndexError big")
