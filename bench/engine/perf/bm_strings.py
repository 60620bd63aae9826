# String building micro-benchmarks: +=, join, format, %, slicing and replace.
import _clock


def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    parts = ["%d:%s" % (i, s[i:i + 3]) for i in range(0, n, 7)]
    joined = ",".join(parts)
    formatted = ["{}-{:>4}".format(i, i * 3) for i in range(n // 4)]
    f = "".join(f"{i:03d}" for i in range(n // 4))
    return len(s) + len(joined) + len("".join(formatted)) + len(f) + joined.replace("1", "one").count("one")


start = _clock.now()
total = 0
for _ in range(20):
    total += build(3000)
_clock.report(start)
print(total)
