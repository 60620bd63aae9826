# `a, b = x, y` and `a, b, c = x, y, z` without a tuple: every value is evaluated (left to right)
# before any target is assigned, and the targets are assigned left to right.
log = []


def value(tag, v):
    log.append("value " + tag)
    return v


class Box:
    def __setattr__(self, name, v):
        log.append("set " + name)
        object.__setattr__(self, name, v)


class Seq(list):
    def __setitem__(self, i, v):
        log.append("item %d" % i)
        list.__setitem__(self, i, v)


a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
[a, b] = [b, a]
print(a, b)
(a, b), c = (c, 9), a
print(a, b, c)

box = Box()
s = Seq([0, 1, 2, 3])
box.x, s[1], box.y = value("x", 10), value("s", s[2]), value("y", box)
print(log, box.x, s, box.y is box)
log.clear()
s[0], s[3] = s[3], s[0]
print(log, s)

i = 0
i, s[i] = 2, 99      # the target list sees i already rebound
print(i, s)

x = [5, 6]
x[0], x[1] = x[1], x[0]
print(x)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError", e)
a, *b = 1, 2, 3
print(a, b)
*a, b = [value("p", 1), value("q", 2)]
print(a, b, log)


def gen():
    p, q = yield 1, 2
    return p, q

g = gen()
print(next(g))
try:
    g.send((7, 8))
except StopIteration as stop:
    print(stop.value)


def swap_locals(n):
    u, v = 0.5, 1.5
    for _ in range(n):
        u, v = v, u + v
    return u, v

print(swap_locals(10))
