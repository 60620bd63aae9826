# A for loop over a list, tuple or range reuses the iterator an earlier loop finished with. Loops
# that share, abandon, suspend or outlive their iterators must still see their own items.
import gc


def user_iterator():
    # An iterator the program holds is not the loop's to reuse.
    xs = [1, 2, 3]
    it = iter(xs)
    seen = []
    for x in it:
        seen.append(x)
    for y in [7, 8]:
        seen.append(y)
    seen.append(next(it, "done"))
    it2 = iter(range(3))
    for a in it2:
        for b in (10, 20):
            seen.append(a + b)
    seen.append(list(it2))
    return seen


print(user_iterator())


def nested(n):
    out = []
    for i in range(n):
        for j in (1, 2, 3):
            if j == 2 and i == 1:
                break
            for k in [i, j]:
                out.append(k)
        for m in range(i):
            out.append(-m)
    return out


print(nested(4))


def gen(label, items):
    for x in items:
        yield label, x


def interleaved():
    a = gen("a", [1, 2, 3])
    b = gen("b", (4, 5))
    out = [next(a)]
    for x in range(2):
        out.append(next(b))
        for y in [x]:
            out.append(y)
    out.extend(a)
    out.extend(b)
    return out


print(interleaved())


def collects():
    out = []
    for x in [1, 2, 3]:
        gc.collect()
        for y in range(2):
            gc.collect()
            out.append((x, y))
    return out


print(collects())


def raising():
    out = []
    for attempt in range(3):
        try:
            for x in [1, 2, 3]:
                if x == attempt:
                    raise ValueError(x)
                out.append(x)
        except ValueError as e:
            out.append(("caught", e.args[0]))
    return out


print(raising())


def recursive(depth):
    if depth == 0:
        return [0]
    out = []
    for x in range(2):
        out.extend(recursive(depth - 1))
        out.append(depth)
    return out


print(recursive(3))


def mutated():
    xs = [1, 2]
    out = []
    for x in xs:
        if len(xs) < 5:
            xs.append(x * 10)
        out.append(x)
    for x in xs:
        out.append(x)
    return out


print(mutated())


def comprehensions():
    data = [[1, 2], [3], []]
    return [x for row in data for x in row], [sum(1 for _ in r) for r in data], {k: v for k, v in ((1, 2),)}


print(comprehensions())


def kept_iterators():
    # Iterators a program keeps through locals() or a list stay intact across loops.
    kept = []
    for source in ([1, 2, 3], (4, 5, 6), range(7, 10)):
        it = iter(source)
        next(it)
        kept.append(it)
        for x in source:
            pass
    return [list(it) for it in kept]


print(kept_iterators())


def big_ranges():
    out = []
    for x in range(2 ** 62 - 1, 2 ** 62 + 1):
        out.append(x)
    for x in range(-5, -10, -2):
        out.append(x)
    for x in range(0):
        out.append(x)
    return out


print(big_ranges())


def enumerations():
    out = []
    xs = [10, 20, 30]
    for i, x in enumerate(xs):
        out.append((i, x))
        if i == 0:
            xs.append(40)
    for i, x in enumerate(["a", "b"], 2 ** 62 - 2):   # the count leaves the small ints
        out.append((i, x))
    for i, x in enumerate((5, 6), -1):
        out.append((i, x))
    e = enumerate([1, 2, 3, 4])
    for i, x in e:
        out.append(next(e))
    it = iter([7, 8, 9])
    next(it)
    for i, x in enumerate(it):
        out.append((i, x))
    for pair in enumerate([0]):
        out.append(pair)
    try:
        for i, x, y in enumerate([1]):
            pass
    except (TypeError, ValueError) as exc:
        out.append(type(exc).__name__)
    return out


print(enumerations())
