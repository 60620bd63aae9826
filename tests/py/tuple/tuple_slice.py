# Slicing tuples returns tuples.
t = tuple(range(10))
print(t[2:5], t[:3], t[7:], t[-3:], t[::2], t[::-1], t[8:2:-3], t[5:2], t[100:])
print(type(t[1:2]).__name__, t[0:0], t[:], t[:] == t)
for start in (None, -12, -3, 0, 4, 12):
    for stop in (None, -12, -2, 0, 6, 12):
        for step in (None, 2, -1, -3):
            assert t[start:stop:step] == tuple(list(t)[start:stop:step])
print("tuple slices agree with list slices")
s = slice(1, None, 4)
print(t[s], ("a", "b", "c")[slice(None, None, -1)])
try:
    t[::0]
except ValueError:
    print("ValueError")
nested = ((1, 2, 3), (4, 5, 6))
print(nested[1][1:], nested[::-1][0][::-1])
pair = ("key", "value", "extra")
k, v = pair[:2]
print(k, v, pair[2:])
print(("x",)[1:], (1, 2)[-1:], (1, 2)[:-1])
words = tuple("the quick brown fox".split())
print(words[1:3], words[::2], words[-1][::-1])
