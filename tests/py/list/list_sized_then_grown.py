# Lists made at their final size (displays, concatenation, slices, copies, repetition) and then
# grown, shrunk, sorted and collected: their items must survive every move.
import gc


def makers(base):
    yield "display", [base[0], base[1], base[2]]
    yield "concat", base[:2] + base[2:]
    yield "slice", base[1:]
    yield "reversed slice", base[::-1]
    yield "copy", list(base)
    yield "tuple copy", list(tuple(base))
    yield "method copy", base.copy()
    yield "repeat", base * 2
    yield "one", [base]
    yield "empty", []
    yield "empty slice", base[5:2]


base = [str(i) * 3 for i in range(6)]
for name, a in makers(base):
    before = list(a)
    gc.collect()
    a.append("x" * 5)
    a.extend([[i] for i in range(20)])
    gc.collect()
    a.insert(0, ("head",))
    a += a[:3]
    del a[1:4]
    a[2:2] = ["mid"] * 3
    a.sort(key=repr)
    gc.collect()
    print(name, len(a), a[:4], a[-3:], before)
    while len(a) > 2:
        a.pop()
    a.extend(range(3))
    print(name, a)

# Many short-lived lists in a loop, with collections in between.
total = 0
keep = []
for i in range(3000):
    a = [i, i + 1] + [i + 2]
    b = a[::-1] + a[1:]
    b.append(i)
    if i % 100 == 0:
        keep.append(b)
        gc.collect()
    total += sum(b)
print(total, len(keep), keep[3], keep[-1])


class L(list):
    pass


s = L([1, 2, 3])
s.extend(range(10))
s.attr = "kept"
print(s, s.attr, type(s[1:3]).__name__, type(s + s).__name__, type(list(s)).__name__)
