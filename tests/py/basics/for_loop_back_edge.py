# A for loop's body ends by stepping its iterator itself (FOR_ITER_LOOP) for ranges, lists and
# tuples, and by going back to the loop's head for every other iterator: each kind, with
# continue, break, else, nesting, mutation of the list being iterated and values past the small
# int range, must give CPython's result.


def collect(iterable):
    out = []
    for x in iterable:
        out.append(x)
    return out


def count_to_edge():
    # Past 2**62 the range's items are big ints: the loop's head makes those.
    return collect(range(2**62 - 3, 2**62 + 3)), collect(range(-2**62 + 2, -2**62 - 3, -2))


print(count_to_edge())
print(collect(range(0)), collect(range(5, 0)), collect(range(10, 0, -3)), collect(range(-2**63, -2**63 + 2)))
print(collect([1, "a", None]), collect((1, 2, 3)), collect(()), collect("xyz"), collect({3: 4, 5: 6}))
print(collect(x * 2 for x in range(4)), collect(iter([7, 8])), collect(reversed([1, 2])))


def with_continue_break(items):
    out = []
    for x in items:
        if x % 3 == 0:
            continue
        if x > 10:
            break
        out.append(x)
    else:
        out.append("else")
    return out


for items in (range(20), list(range(8)), tuple(range(12)), iter(range(5))):
    print(with_continue_break(items))


def grows_and_shrinks():
    # The list's length is read at every step, as CPython's loop reads it.
    a, seen = [1, 2, 3], []
    for x in a:
        seen.append(x)
        if x < 6:
            a.append(x + 3)
    b = list(range(10))
    for y in b:
        seen.append(y)
        del b[0]
    c = [1, 2]
    for z in c:
        seen.append(z)
        c.clear()
    return seen, a, b, c


print(grows_and_shrinks())


def nested():
    out = []
    for i in range(3):
        for j in (10, 20):
            for k in [i, j]:
                if k == 20:
                    continue
                out.append((i, j, k))
    return out


print(nested())
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2], {k: k * k for k in (1, 2, 3) if k != 2})
print(sorted({c for w in ["ab", "bc"] for c in w}), [x for x in [1, 2, 3, 4] if x > 1 if x < 4])


def unpacking():
    out = []
    for i, (a, b) in enumerate([(1, 2), (3, 4)]):
        out.append((i, a, b))
    for a, b in zip([1, 2, 3], "xyz"):
        out.append((a, b))
    for a, *rest in [(1, 2, 3), (4,)]:
        out.append((a, rest))
    return out


print(unpacking())


def gen(n):
    for i in range(n):
        yield i * i


def in_try():
    out = []
    for x in [1, 0, 2]:
        try:
            out.append(10 // x)
        except ZeroDivisionError:
            out.append("div")
            continue
        finally:
            out.append("f")
    return out


print(collect(gen(5)), in_try())

# At module level the loop variable is a global, not a local.
total = 0
for g in range(100):
    total += g
for g in [5, 6]:
    total += g
print(total, g)


class Body:
    names = []
    for n in ("a", "b"):
        names.append(n)


print(Body.names, Body.n)


def raises_midway():
    def items():
        yield 1
        raise ValueError("from the iterator")

    seen = []
    try:
        for x in items():
            seen.append(x)
    except ValueError as e:
        seen.append(str(e))
    return seen


print(raises_midway())
