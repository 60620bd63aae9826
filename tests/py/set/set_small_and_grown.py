# Sets through every table size: built from generators (also ones that raise part-way), grown
# past the first table, emptied by removals, cleared and refilled, replaced in place, collected.
import gc


def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise KeyError("stop at %d" % i)
        yield i * 7 % 11 - 5


for n in range(0, 12):
    s = set(gen(n))
    f = frozenset(gen(n))
    print(n, len(s), sorted(s), s == f, hash(f) == hash(frozenset(sorted(f))))
for n, fail in ((3, 0), (3, 2), (9, 4), (9, 8)):
    try:
        set(gen(n, fail))
    except KeyError as e:
        print("raised", e)
    s = {100, 200}
    try:
        s.update(gen(n, fail))
    except KeyError as e:
        print("update raised", e, sorted(s))

# Grow, shrink by removal, grow again: the first table is left and taken again.
s = set()
for round_ in range(3):
    for i in range(40):
        s.add(i * round_)
    gc.collect()
    for i in range(40):
        s.discard(i * round_)
    print(round_, len(s), s)
    for i in range(3):
        s.add(str(i))
    print(sorted(s))
    s.clear()
    print(s, len(s))
s = {1, 2, 3}
s.update(range(50))
s.intersection_update({1, 2, 49, 99})
print(sorted(s))
s -= {1}
s |= {7, 8}
s ^= {8, 9, 10, 11, 12}
print(sorted(s))
s &= {2, 9}
print(sorted(s))
s.__init__([5, 6])
print(s)
s.__init__(range(20))
print(len(s), min(s), max(s))
s.__init__()
print(s)
c = {i for i in range(6)}
d = c.copy()
c.add(99)
print(sorted(c), sorted(d), d == set(range(6)))
fs = frozenset(range(3))
print({fs, frozenset({0, 1, 2})}, fs in {frozenset([2, 1, 0])}, {1, 2} in {fs, frozenset({1, 2})})


class S(set):
    pass


t = S(gen(9))
t.extra = 1
t.update(range(30))
print(type(t).__name__, len(t), t.extra)
keep = [set(gen(i % 10)) for i in range(300)]
gc.collect()
print(sum(len(k) for k in keep), sorted(keep[37]))
