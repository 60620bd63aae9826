# An extended slice assignment whose value empties the list while it is read: CPython 3.11 writes
# past the list's end here (and crashes), so the expected output is the firmware's own: the slice
# is resolved again against the shorter list, and a size that no longer matches is a ValueError.
class Shrinker:
    def __init__(self, target, keep, items):
        self.target, self.keep, self.items = target, keep, items

    def __iter__(self):
        del self.target[self.keep:]
        return iter(self.items)


for keep, items in ((0, []), (0, ["p"]), (1, ["p"]), (3, ["p", "q"]), (6, ["p", "q"]), (9, ["p", "q"])):
    a = list(range(10))
    try:
        a[::5] = Shrinker(a, keep, items)
        print(keep, a)
    except ValueError as e:
        print(keep, "ValueError", e)
    b = list(range(10))
    try:
        b[::-4] = Shrinker(b, keep, items)
        print(keep, b)
    except ValueError as e:
        print(keep, "ValueError", e)
