# Slice assignment on lists: growing, shrinking, from the list itself, from iterators over it,
# extended slices of the wrong size, and values that change the list while they are read.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def assign(start, stop, step, value, n=8):
    a = list(range(n))
    a[start:stop:step] = value
    return a


for value in ([], ["x"], ["x", "y", "z"], ("t", "u"), "ab", range(3), (i * 10 for i in range(4))):
    for start, stop in ((None, None), (0, 0), (2, 5), (5, 2), (-3, None), (None, -3), (8, 8), (20, 30), (-30, 2)):
        show((start, stop), lambda: assign(start, stop, None, value if not hasattr(value, "send") else list(value)))
        show((start, stop, 1), lambda: assign(start, stop, 1, list(value) if hasattr(value, "send") else value))

# Extended slices: sizes must match exactly.
for step in (2, -1, -2, 3, 8, -8):
    for size in (0, 1, 2, 3, 4, 8):
        show(("ext", step, size), lambda: assign(None, None, step, list(range(100, 100 + size))))
show("ext tuple", lambda: assign(1, 7, 2, (7, 8, 9)))
show("ext str", lambda: assign(None, None, -1, "abcdefgh"))
show("ext empty", lambda: assign(5, 2, 2, []))
show("ext empty wrong", lambda: assign(5, 2, 2, [1]))
show("ext gen", lambda: assign(None, None, 2, (c for c in "wxyz")))
show("ext gen short", lambda: assign(None, None, 2, (c for c in "wxy")))
show("not iterable", lambda: assign(1, 2, None, 5))
show("not iterable ext", lambda: assign(1, 2, 2, None))

# The list itself as the value, on every kind of slice.
for start, stop, step in ((None, None, None), (1, 3, None), (2, None, None), (None, 0, None), (None, None, -1),
                          (None, None, 2), (6, 2, None), (-2, None, 1), (None, None, -2)):
    def self_assign():
        a = list(range(6))
        a[start:stop:step] = a
        return a
    show(("self", start, stop, step), self_assign)

a = list(range(5))
a[:] = a
a[1:3] = a
print(a, len(a))
a[len(a):] = a
print(a)
a[:0] = a[::-1]
print(a)
b = a
a[:] = []
print(a, b is a, a == [])

# Iterators over the list being assigned.
a = list(range(6))
a[1:3] = iter(a)
print(a)
a = list(range(6))
a[::2] = reversed(a[:3])
print(a)
a = list(range(6))
a[::-1] = (x * 2 for x in a)
print(a)


# A value whose iteration changes the list before the assignment lands.
class Shrinker:
    def __init__(self, target, keep):
        self.target, self.keep = target, keep

    def __iter__(self):
        del self.target[self.keep:]
        return iter(["p", "q"])


for keep in (0, 1, 3, 9):
    for start, stop in ((2, 6), (-2, None), (None, None), (5, 9)):
        def shrink():
            a = list(range(10))
            a[start:stop] = Shrinker(a, keep)
            return a
        show(("shrink", keep, start, stop), shrink)
    def shrink_ext():
        # Shrinking only past the slice's last index: the extended slice still fits.
        a = list(range(10))
        a[:6:5] = Shrinker(a, keep + 6)
        return a
    show(("shrink ext", keep), shrink_ext)


class Grower:
    def __init__(self, target):
        self.target = target

    def __iter__(self):
        self.target.extend(range(100, 105))
        return iter("ab")


a = list(range(6))
a[1:4] = Grower(a)
print(a)
a = list(range(4))
a[::2] = Grower(a)
print(a)

# Deleting slices of every step, including huge ones.
for step in (None, 1, 2, 3, -1, -2, -3, 7, -7, 100):
    for start, stop in ((None, None), (1, 6), (6, 1), (-2, None), (20, None)):
        a = list(range(9))
        del a[start:stop:step]
        print("del", start, stop, step, a)
# Slice assignment into a list subclass and from one.


class L(list):
    def __iter__(self):
        return iter("zz")


a = L(range(5))
a[1:3] = [7, 7, 7]
print(a, type(a).__name__)
b = list(range(5))
b[1:3] = L([8])
print(b)
