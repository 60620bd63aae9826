# Lists changed while something iterates them: for loops, iterators kept aside, generators,
# set(), max(), slices of the list taken inside the loop, and slice assignment under the loop.
a = [1, 2, 3]
for x in a:
    if len(a) < 8:
        a.append(x * 10)
print(a)
a = list(range(10))
for x in a:
    if x % 2 == 0 and x in a:
        a.remove(x)
print(a)
a = list(range(6))
seen = []
for x in a:
    seen.append(x)
    a[:] = a[1:]
print(seen, a)
a = list(range(6))
seen = []
for x in a:
    seen.append(x)
    if len(seen) == 2:
        a[1:1] = ["in", "in"]
    if len(seen) > 10:
        break
print(seen, a)
it = iter([1, 2, 3])
lst = [4, 5]
it2 = iter(lst)
print(next(it2))
lst.clear()
print(next(it2, "empty"))
lst.extend([6, 7])
print(next(it2, "empty after refill"), list(it2))
a = [3, 1, 2]
print(max(a), min(a), max(a[::-1] + [0]), sorted(a + a[:1]))


def doubler(seq):
    for x in seq:
        yield x * 2
        if len(seq) < 6:
            seq.append(x + 100)


a = [1, 2]
print(set(doubler(a)), a)
a = [5, 6, 7]
g = (x for x in a)
print(next(g))
a[1:] = []
print(list(g), a)
a = [5, 6, 7]
g = (x for x in a)
print(next(g))
a[:0] = [0, 0, 0]
print(list(g), a)


class Evil:
    # Comparison that empties the list being searched or sorted.
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return False

    def __lt__(self, other):
        return False


a = [1, 2, 3]
a.append(Evil(a))
print(Evil(a) in a, a)
a = [Evil(None), 1]
try:
    print(max([2, 1, 3]), max(2, 1), max(1, 2.5), max(-1, -1.5), min(2, 1, key=lambda v: -v))
    print(max(2, "x"))
except TypeError as e:
    print("TypeError", e)
print(max(3, 3.0), min(3.0, 3), max(True, 1), max(1, True), max(2 ** 70, 5), min(-2 ** 70, 5))
print(max(0, -0.0), min(0, -0.0), max(float("nan"), 1), max(1, float("nan")))
# An iterator a for loop exhausted stays exhausted when the list grows afterwards.
a = [1, 2]
it = iter(a)
for x in it:
    pass
a.append(3)
print(next(it, "stays exhausted"), list(it))


class Gt:
    # Only __gt__: max() asks the new item first, min() falls back to the reflected __gt__.
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > (other.v if isinstance(other, Gt) else other)

    def __repr__(self):
        return "Gt(%r)" % self.v


print(max(Gt(1), Gt(3), Gt(2)), min(Gt(1), Gt(3), Gt(0)), max([Gt(5), Gt(9), Gt(7)]), max(2, Gt(1)))
for args in ((2, Gt(1)), ([Gt(5), 7, Gt(9)],)):
    try:
        print(min(*args))
    except TypeError as e:
        print("TypeError", e)
    try:
        print(max(*args[::-1]))
    except TypeError as e:
        print("TypeError", e)
