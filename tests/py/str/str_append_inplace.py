# `name += text` may extend a string in place when nothing else holds it: every other holder
# must keep the value it saw. Each case keeps a reference by a different route, then appends.


def aliases():
    s = "ab"
    t = s
    s += "x"
    u = s
    s += "y"
    s += "z"
    print(t, u, s)
    s += s
    print(s, u)


def loop_keeps_snapshots():
    s = ""
    seen = []
    for i in range(40):
        s += chr(97 + i % 26)
        if i % 7 == 0:
            seen.append(s)
    print(seen)
    print(len(s), s[-5:])


def in_a_generator():
    s = ""
    for i in range(5):
        s += str(i)
        yield s
        s += "-"


def yield_in_value():
    s = "<"
    while True:
        got = yield s
        if got is None:
            return
        s += got


def with_locals():
    s = ""
    snapshots = []
    for i in range(4):
        s += "ab"
        snapshots.append(locals()["s"])
        s += "c"
    print(snapshots, s)


def exception_midway():
    s = "start"
    kept = []

    def boom(n):
        if n % 2:
            raise ValueError(n)
        return str(n)

    for i in range(6):
        try:
            s += boom(i)
        except ValueError:
            kept.append(s)
        s += "."
    print(kept, s)


def walrus_rebinds():
    s = "a"
    s += "b"
    s += (s := "q")
    print(s)
    t = "x"
    t += "y"
    t += (t := t + "!")
    print(t)


def closures():
    s = "o"
    s += "p"

    def inner():
        nonlocal s
        s += "i"
        return "r"

    s += inner()    # CPython: the old value plus "r"; the inner append is lost
    print(s)
    s += "q"
    grab = (lambda: s)()
    s += "w"
    print(grab, s)

    def nested_many():
        nonlocal s
        before = s
        for _ in range(3):
            s += "n"
        return before

    first = nested_many()
    s += "e"
    print(first, s)


def closure_reads_midway():
    parts = []
    s = "m"
    s += "0"

    def peek():
        parts.append(s)
        return "1"

    for _ in range(3):
        s += peek()
    print(parts, s)


def other_types():
    n = 1
    n += 2
    n += 2.5
    print(n)
    big = 2 ** 62
    big += 2 ** 62
    print(big)
    l = [1]
    k = l
    l += [2]
    print(k is l, k)
    t = (1,)
    u = t
    t += (2,)
    print(t, u)
    b = b"x"
    b += b"y"
    print(b)


class Tail(str):
    def __radd__(self, other):
        return "radd(" + other + ")"


class Loud(str):
    def __add__(self, other):
        return "add(" + str.__add__(self, other) + ")"


def str_subclasses():
    s = "a"
    s += "b"
    s += Tail("t")
    print(s, type(s).__name__)
    v = Loud("l")
    v += "m"
    print(v, type(v).__name__)
    w = "w"
    w += "x"
    w += Loud("y")
    print(w, type(w).__name__)


def wrong_types():
    s = "a"
    s += "b"
    for bad in (1, None, b"x", [1]):
        try:
            s += bad
        except TypeError as e:
            print("TypeError", e)
    print(s)
    try:
        u = 5
        u += "x"
    except TypeError:
        print("TypeError", u)


def unbound():
    try:
        s += "x"
    except UnboundLocalError:
        print("UnboundLocalError")
    s = ""


def empties():
    s = ""
    t = "abc"
    s += t
    print(s is t, s)
    s += ""
    print(s is t)
    e = ""
    e += ""
    print(repr(e))


def unicode_text():
    s = "é"
    s += "ü"
    keep = s
    s += "\u20ac"
    s += "x"
    print(s, len(s), keep, len(keep), s[2], s[::-1])


def as_dict_keys():
    d = {}
    s = "k"
    for i in range(5):
        s += str(i)
        d[s] = i
    s += "z"
    print(sorted(d.items()), s, s in d, "k01" in d)


class Base:
    def who(self):
        return "base"


class Child(Base):
    def who(self):
        return "child " + super().who()


def module_level_names():
    global g
    g = "g"
    g += "h"
    h = g
    g += "i"
    print(h, g)


def big_growth():
    s = ""
    for i in range(20000):
        s += "abcdefghij"[i % 10]
    t = s
    s += "END"
    print(len(s), len(t), s[-6:], t[-3:], s.count("j"))


aliases()
loop_keeps_snapshots()
print(list(in_a_generator()))
g = yield_in_value()
print(next(g), g.send("a"), g.send("bc"))
with_locals()
exception_midway()
walrus_rebinds()
closures()
closure_reads_midway()
other_types()
str_subclasses()
wrong_types()
unbound()
empties()
unicode_text()
as_dict_keys()
print(Child().who())
module_level_names()
big_growth()
