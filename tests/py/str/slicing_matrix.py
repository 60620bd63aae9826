# Slices with every combination of bounds and steps over str, list, tuple, bytes and range.
seqs = ["abcdefg", list(range(7)), tuple("ABCDEFG"), b"0123456", range(10, 17), "héllo€x"]
bounds = [None, 0, 1, 3, -1, -3, 6, 7, 100, -100]
steps = [None, 1, 2, -1, -2, 3]
for s in seqs:
    out = []
    for a in bounds:
        for b in bounds[::2]:
            for c in steps:
                try:
                    out.append(repr(s[a:b:c]) if not isinstance(s, range) else repr(list(s[a:b:c])))
                except ValueError:
                    out.append("VE")
    print(type(s).__name__, len(out), hash(tuple(out)) == hash(tuple(out)), out[::37])
