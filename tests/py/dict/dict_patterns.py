# Common dict idioms: grouping, counting, inverting, merging and nested defaults.
records = [("eu", "lopy", 3), ("us", "fipy", 1), ("eu", "gpy", 2), ("as", "lopy", 5), ("us", "lopy", 4)]
by_region = {}
for region, dev, n in records:
    by_region.setdefault(region, []).append(dev)
print(by_region)
totals = {}
for region, _, n in records:
    totals[region] = totals.get(region, 0) + n
print(totals, max(totals, key=totals.get), sorted(totals.items(), key=lambda kv: kv[1]))
counts = {}
for _, dev, _ in records:
    counts[dev] = counts.get(dev, 0) + 1
print(counts, {v: [k for k in counts if counts[k] == v] for v in set(counts.values())})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
merged = dict(a)
merged.update(b)
print(merged, dict(a, **b))
nested = {}
for region, dev, n in records:
    nested.setdefault(region, {}).setdefault(dev, 0)
    nested[region][dev] += n
print(nested)
lookup = {k: i for i, k in enumerate("abcde")}
print(lookup, [lookup.get(c, -1) for c in "axe"])
print(dict(sorted(totals.items())), {k: totals[k] for k in sorted(totals, reverse=True)})
swap = {v: k for k, v in lookup.items()}
print(swap[3], len(swap))
