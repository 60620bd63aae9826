# Merging, intersecting and covering integer intervals.
def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
def covered(intervals):
    return sum(e - s for s, e in merge(intervals))
busy = [(9, 10), (13, 15), (9, 11), (14, 17), (20, 21), (10, 12)]
print(merge(busy), covered(busy))
print(intersect(merge(busy), [(8, 9), (11, 14), (16, 22)]))
free = []
prev = 8
for s, e in merge(busy):
    if s > prev:
        free.append((prev, s))
    prev = max(prev, e)
if prev < 22:
    free.append((prev, 22))
print(free, sum(e - s for s, e in free) + covered(busy))
print(merge([]), merge([(1, 2)]), merge([(1, 5), (2, 3)]), merge([(1, 2), (2, 3)]))
