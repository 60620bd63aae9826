# Dict displays of every small size (their first storage is part of the dict object) used as any
# dict is afterwards: grown past that storage, emptied, copied, refilled, and kept alive across
# collections while the displays around them become garbage.
import gc


def display(n):
    # Literal displays of 1 to 17 pairs, the keys small ints, strs and a tuple.
    return [
        {0: "a"},
        {0: "a", "b": 1},
        {0: "a", "b": 1, (2,): 2},
        {0: 0, 1: 1, 2: 2, 3: 3},
        {0: 0, 1: 1, 2: 2, 3: 3, 4: 4},
        {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7},
        {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15},
        {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16},
    ][n]


kept = []
for n in range(8):
    d = display(n)
    size = len(d)
    for k in range(100, 140):
        d[k] = k * 2
    del d[0]
    d["late"] = size
    kept.append(d)
    print(n, size, len(d), list(d)[:3], list(d)[-2:], d.get(139), d.get(0, "gone"))

# Repeated keys keep their first place and the last value; equal keys of other types merge.
print({1: "a", True: "b", 1.0: "c", "x": 1, "x": 2})
print({0: 0, 1: 1, 0: 2, 2: 3, 1: 4})

# Emptied, refilled, copied, compared, and alive after collections.
for i in range(300):
    junk = {i: i, i + 1: i, "s": i}
gc.collect()
e = display(5)
e.clear()
e.update({"k%d" % i: i for i in range(20)})
print(len(e), sum(e.values()), e == dict(e), e.copy() == e)
for d in kept:
    d.pop("late")
print([len(d) for d in kept], [list(d)[-1] for d in kept])
gc.collect()
print(sum(sum(v for v in d.values() if isinstance(v, int)) for d in kept))
