# Dict and set heavy code: word counting, grouping, membership, merging.
def run(n):
    words = ["w%d" % ((i * 7919) % 5000) for i in range(n)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    groups = {}
    for w, c in counts.items():
        groups.setdefault(c, []).append(w)
    seen = set()
    dupes = 0
    for w in words:
        if w in seen:
            dupes += 1
        else:
            seen.add(w)
    evens = {k for k in counts if int(k[1:]) % 2 == 0}
    merged = dict(counts)
    merged.update({k: 0 for k in evens})
    return len(counts), len(groups), dupes, len(evens), sum(merged.values())


print(run(200000))
