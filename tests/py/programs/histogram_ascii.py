# Bucketing values into a histogram and drawing it with text bars.
values = [((i * 37) % 101) / 10 for i in range(200)]
lo, hi, nb = 0.0, 10.1, 10
width = (hi - lo) / nb
buckets = [0] * nb
for v in values:
    idx = min(int((v - lo) / width), nb - 1)
    buckets[idx] += 1
peak = max(buckets)
for i, n in enumerate(buckets):
    start = lo + i * width
    print("%5.2f-%5.2f | %-20s %d" % (start, start + width, "#" * (n * 20 // peak), n))
print(sum(buckets), len(values), min(values), max(values))
mean = sum(values) / len(values)
s = sorted(values)
median = (s[99] + s[100]) / 2
print(round(mean, 4), median, s[:3], s[-3:])
