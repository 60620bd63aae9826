# reversed() of a dict and of its views runs in reverse insertion order.
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({})), list(reversed({}.items())))

# Deleted keys are skipped; a key deleted and set again moves to the end.
d = {i: i * i for i in range(10)}
for k in (0, 3, 9):
    del d[k]
d[3] = "again"
print(list(reversed(d)), list(reversed(d.values())))

# A dict grown far enough to be rebuilt, then shrunk.
d = {i: None for i in range(1000)}
for i in range(0, 1000, 3):
    del d[i]
print(list(reversed(d))[:5], sum(1 for _ in reversed(d)) == len(d))

# The iterator runs once and stays exhausted.
d = {1: 2}
r = reversed(d)
print(list(r), list(r))
d[5] = 6
print(list(r))

# Subclasses reverse too, unless they say otherwise.
class D(dict):
    pass
print(list(reversed(D(x=1, y=2))))
class E(dict):
    def __reversed__(self):
        return iter("own")
print(list(reversed(E(x=1))))

# A size change while reversing raises, and keeps raising.
d = {1: 1, 2: 2, 3: 3}
r = reversed(d)
print(next(r))
d[4] = 4
for _ in range(2):
    try:
        next(r)
    except RuntimeError:
        print("RuntimeError")

# A key deleted and another added between two steps: reversing never reaches the new key.
d = {1: 1, 2: 2, 3: 3}
seen = []
for k in reversed(d):
    seen.append(k)
    if k == 2:
        del d[1]
        d[10] = 10
print(seen, d)

# Values and items read as they are at each step.
d = {"x": 1, "y": 2}
out = []
for k, v in reversed(d.items()):
    out.append((k, v))
    d["x"] = 100
print(out)

# A view keeps following its dict.
d = {1: "a"}
keys = d.keys()
d[2] = "b"
print(list(reversed(keys)))
