# Local reads and writes the compiler fuses (a pair of loads, a store then a load, `x += k` on a
# local, the loop variable stored by the loop, `if n & mask:` branching on the result): every
# corner must give CPython's result.


def pairs(a, b):
    c = a + b
    d = c
    return a, b, c, d, [a, b][1], (b, a)


print(pairs(1, 2), pairs("x", "y"))


def unbound_second_of_pair(flag):
    if flag:
        b = 1
    a = 2
    return a, b


def unbound_after_store(flag):
    if flag:
        b = 1
    a = 3
    return b, a


for f in (unbound_second_of_pair, unbound_after_store):
    print(f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print(type(e).__name__)


def label_between(flag):
    # The second load is a jump target: it must run on both paths.
    x = 1 if flag else 2
    y = x
    return y + x


print(label_between(True), label_between(False))


class Counting:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, k):
        print("__iadd__", k)
        return Counting(self.n + k)

    def __isub__(self, k):
        print("__isub__", k)
        return Counting(self.n - k * 100)


class AddOnly:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return AddOnly(self.n + k)

    def __sub__(self, k):
        return AddOnly(self.n - k)


def increments(x):
    x += 1
    x += 32767
    x += 32768
    x -= 1
    x -= 32767
    x -= 0
    return x


for start in (0, -1, 2 ** 62 - 40000, -(2 ** 62) + 40000, 2 ** 62 - 1, -(2 ** 62), 2 ** 64, 1.5, -0.0, True):
    print(start, increments(start))
print(increments(Counting(1)).n, increments(AddOnly(1)).n)
for bad in ("s", [1], (1,), None, b"x"):
    try:
        increments(bad)
    except TypeError as e:
        print("TypeError", type(bad).__name__)


def unbound_increment():
    n += 1
    return n


try:
    unbound_increment()
except UnboundLocalError:
    print("UnboundLocalError")


def count_down(n):
    steps = 0
    while n:
        n -= 1
        steps += 1
    return steps


print(count_down(5), count_down(0))


def loops(seq):
    out = []
    for x in seq:
        out.append(x)
    for i in range(len(seq)):
        out.append(i)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    total = 0
    for total in seq:
        pass
    return out, total


print(loops([5, 6, 7]), loops((8, 9)), loops([]))


def grows_while_looping():
    items = [1, 2, 3]
    seen = []
    for x in items:
        seen.append(x)
        if x < 6:
            items.append(x + 3)
    return seen


print(grows_while_looping())


def captured():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    for j in [10, 11]:
        fns.append(lambda: j)
    return [f() for f in fns]


print(captured())


def big_range():
    out = []
    for v in range(2 ** 62 - 2, 2 ** 62 + 2):
        out.append(v)
    return out


print(big_range())


def masks(values):
    out = []
    for n in values:
        if n & 1:
            out.append("odd")
        if not n & 2:
            out.append("no2")
        while n & 4:
            n -= 4
            out.append("had4")
    return out


print(masks([0, 1, 2, 3, 4, 5, 6, 7, -1, -8, 2 ** 70 + 5]))


def many_locals():
    # Slots past 255 take the unfused paths.
    names = {}
    src = "def g():\n" + "".join("    v%d = %d\n" % (i, i) for i in range(300))
    src += "    v299 += 1\n    v298 -= 2\n    return v0 + v299 + v298, v1, v299\n"
    exec(src, names)
    return names["g"]()


print(many_locals())


class Indexed:
    def __getitem__(self, i):
        return ("item", i)


def subscripts(seq, i):
    return seq[i]


for seq in ([10, 20, 30], (10, 20, 30), "abc", b"abc", bytearray(b"abc"), {0: "zero", -1: "minus"},
            range(5, 8), Indexed()):
    out = []
    for i in (0, 2, -1, -3, 3, -4, 2 ** 62, -(2 ** 62), 2 ** 70, True, 1.0, "k", None):
        try:
            out.append(subscripts(seq, i))
        except Exception as e:
            out.append(type(e).__name__)
    print(type(seq).__name__, out)


def unbound_subscript(which):
    if which == 0:
        seq = [1]
    if which == 1:
        i = 0
    return seq[i]


for which in (0, 1):
    try:
        unbound_subscript(which)
    except UnboundLocalError:
        print("UnboundLocalError", which)


def list_changes_under_index():
    xs = [1, 2, 3]
    i = 2
    a = xs[i]
    xs.pop()
    try:
        b = xs[i]
    except IndexError:
        b = "IndexError"
    return a, b


print(list_changes_under_index())


def store_pairs(p):
    a, a = p
    b, c = c, b = p
    out = [a, b, c]
    for i, x in enumerate(p):
        y, z = x, i
        out.append((y, z))
    first, *rest = p
    return out, first, rest


print(store_pairs((1, 2)), store_pairs("xy"))
try:
    store_pairs((1, 2, 3))
except ValueError as e:
    print("ValueError", e)


def counters_at_the_edges():
    # `x += k` / `x -= k` on a local with k up to the fused limit (16383) and past it, across the
    # small-int bounds, on floats (-0.0 - 0 stays -0.0), bools and classes with in-place methods.
    out = []
    for start in (2**62 - 16384, -2**62 + 16383, 2**62 - 1, -2**62, 0, -0.0, True, 2**64):
        a = b = c = d = start
        a += 16383
        b -= 16383
        c += 16384
        d -= 0
        out.append((a, b, c, d, type(a).__name__))
    return out


class Counter:
    def __init__(self):
        self.log = []

    def __iadd__(self, k):
        self.log.append(("iadd", k))
        return self

    def __isub__(self, k):
        self.log.append(("isub", k))
        return self


def counter_methods():
    c = Counter()
    c += 1
    c -= 16383
    c -= 2
    return c.log


def unbound_counter(flag):
    if flag:
        n = 0
    n += 1
    return n


print(counters_at_the_edges(), counter_methods(), unbound_counter(True))
try:
    unbound_counter(False)
except UnboundLocalError as e:
    print("UnboundLocalError")


def unbound_operand(which):
    # `a < b` and `a & b` on two locals are one instruction: the unbound one is still named.
    if which != "a":
        a = 1
    if which != "b":
        b = 2
    return a < b, a & b


for which in ("a", "b", ""):
    try:
        print(unbound_operand(which))
    except UnboundLocalError as e:
        print("UnboundLocalError", which, "'" + which + "'" in str(e))

TABLE = [10, 20, 30]


class Doubling(list):
    def __getitem__(self, i):
        return 2 * list.__getitem__(self, i)


def subscript_by_local(container, i):
    # container[i] with i a local (the container from anywhere): one instruction.
    return TABLE[i], container[i]


for container, i in (([1, 2, 3], 1), ([1, 2, 3], -1), ((4, 5, 6), 2), (Doubling([1, 2, 3]), 2), ("abc", True),
                     ({1: "one"}, 1), (b"xyz", 0), (bytearray(b"pq"), -2), ([1, 2, 3], 3), ({}, 5),
                     ([1, 2, 3], 2**62), ([1, 2, 3], -2**62 - 1), ([1], "0"), (5, 0)):
    try:
        print(subscript_by_local(container, i))
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__)


def unbound_index(flag):
    if flag:
        i = 0
    return TABLE[i]


try:
    unbound_index(False)
except UnboundLocalError:
    print("UnboundLocalError")
