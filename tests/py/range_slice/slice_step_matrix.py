# Every combination of small bounds and steps (None, negative, zero, past either end) on lists,
# tuples and strings, read through a literal slice (obj[a:b:c]) and through a slice object, which
# take different paths.
vals = [None, -12, -10, -9, -3, -1, 0, 1, 2, 5, 9, 10, 11, 40]
steps = [None, -11, -3, -2, -1, 1, 2, 3, 10, 11]
data = list(range(10))
for seq in (data, tuple(data), "0123456789", [], ()):
    rows = []
    for a in vals:
        for b in vals:
            for c in steps:
                x = seq[a:b:c]
                y = seq[slice(a, b, c)]
                if x != y or type(x) is not type(y):
                    print("differ", a, b, c, x, y)
                rows.append(len(x))
            rows.append(seq[a:b] == seq[slice(a, b)])
    print(type(seq).__name__, len(seq), sum(r for r in rows if r is not True), rows.count(True), hash(tuple(rows)) == hash(tuple(rows)))
    print(seq[::-1], seq[::2], seq[1::-2], seq[-3:], seq[:-3], seq[5:2], seq[5:2:-1])
for seq in (data, tuple(data)):
    try:
        seq[::0]
    except ValueError as e:
        print("ValueError", e)
    try:
        seq[1:2:0]
    except ValueError as e:
        print("ValueError", e)
    for bad in ("1", 1.5, [1]):
        try:
            seq[bad:3]
        except TypeError as e:
            print("TypeError", e)
        try:
            seq[1:3:bad]
        except TypeError as e:
            print("TypeError", e)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(data[Index(2):Index(-2):Index(3)], data[True:Index(5)], tuple(data)[Index(-3):])


class Shrinking:
    # __index__ that empties the list: CPython reads the bounds before the length.
    def __init__(self, target, n):
        self.target, self.n = target, n

    def __index__(self):
        del self.target[3:]
        return self.n


victim = list(range(10))
print(victim[Shrinking(victim, 1):8], victim)
victim = list(range(10))
victim[Shrinking(victim, 1):8] = ["a", "b"]
print(victim)


# A list subclass and a tuple subclass keep their own slicing results' types.
class L(list):
    pass


class T(tuple):
    pass


print(type(L(data)[1:3]).__name__, type(T(data)[1:3]).__name__, T(data)[:] == data, type(T(data)[:]).__name__)
t = tuple(data)
print(t[:] is t, t[0:10:1] is t, t[::-1] is t)
