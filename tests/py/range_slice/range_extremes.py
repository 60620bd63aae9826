# Ranges at the ends of the machine ints: lengths up to 2**64 - 1, items next to -2**63 and
# 2**63 - 1, steps of +-2**62 and -1, and index, count and `in` on each.
lo, hi = -2 ** 63, 2 ** 63 - 1
full = range(lo, hi)
print(bool(full), full[0], full[-1], full[2 ** 63], full[2 ** 64 - 2], full[-2 ** 64 + 1])
for k in [2 ** 64 - 1, -2 ** 64, 2 ** 100, -2 ** 100]:
    try:
        full[k]
    except IndexError:
        print("IndexError", k)
for r in [full, range(lo, hi, 2), range(hi, lo, -1)]:
    try:
        print(len(r))
    except OverflowError:
        print("OverflowError", r)
print(hi - 1 in full, full.index(hi - 1), full.count(hi - 1), hi in full, lo in full, full.index(lo))
print(hash(full) == hash(range(lo, hi)), full == range(lo, hi), full == range(lo, hi - 1))

down = range(1, lo, -1)
print(lo + 1 in down, down.index(lo + 1), down.count(lo + 1), lo in down, len(range(-1, lo, -1)))
print(list(range(hi - 2, lo, -2 ** 62)), list(range(lo, hi, 2 ** 62)), range(lo, hi, 2 ** 62)[3])
print(list(range(hi - 2, hi)), list(range(lo + 2, lo, -1)), sum(range(hi - 2, hi)))
print([x for x in range(hi - 2, hi)], [x for x in range(lo + 1, lo - 1 + 1, -1)])
print(list(reversed(range(hi - 3, hi))), list(reversed(range(lo, hi, 2 ** 62))), min(range(lo, lo + 2)))
print(list(range(0, 5, hi)), list(range(0, -5, lo)), list(range(hi - 1, hi, lo)), list(range(lo, lo + 1, hi)))
it = iter(range(hi - 1, hi))
print(next(it), list(it), list(it))
print(list(enumerate(range(hi - 1, hi))), list(zip(full, "ab")))

# Items that are not ints are compared with each item, as CPython does.
class Always:
    def __eq__(self, other):
        return True
class Odd(int):
    def __eq__(self, other):
        return other % 2 == 1
    __hash__ = int.__hash__
r = range(5)
print(r.count(Always()), r.index(Always()), Always() in r, r.count(Odd(0)), r.index(Odd(0)), Odd(0) in r)
print(r.index(2.0), r.count(2.0), 2.0 in r, r.count(2.5), 2.5 in r, r.count(True), r.index(True))
for item in [7.0, 9, "2", None]:
    try:
        r.index(item)
    except ValueError:
        print("ValueError", repr(item))
try:
    range(0).index(Always())
except ValueError:
    print("ValueError empty")

# Each argument's __index__ runs once, in order.
calls = []
class Index:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        calls.append(self.n)
        return self.n
print(list(range(Index(1), Index(9), Index(3))), calls)
calls.clear()
print(range(10)[Index(4)], range(10)[Index(1):Index(8):Index(2)], calls)
for args in [(1.0,), ("a",), (0, None), (0, 5, 0), (), (1, 2, 3, 4)]:
    try:
        range(*args)
        print("made", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, args)
