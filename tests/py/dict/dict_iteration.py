# Iterating dicts, deleting through a copy of the keys, and aggregating.
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k])
for k in list(d):
    if d[k] == 2:
        del d[k]
print(d)
d = {"x": 1, "y": 2}
for k in d:
    d[k] *= 10
print(d)
inv = {v: k for k, v in d.items()}
print(inv)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts, key=counts.get, reverse=True))
print(max(counts, key=lambda c: counts[c]))
total = 0
for v in counts.values():
    total += v
print(total)
print(dict(sorted(counts.items())))
e = dict(enumerate("abc"))
print(e, [e[i] for i in range(3)])
it = iter({})
print(next(it, "empty"))
