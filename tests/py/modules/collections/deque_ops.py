# deque: both ends, maxlen dropping from the other end, indexing, rotation and iteration.
from collections import deque
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(list(d), len(d), d[0], d[-1], d[4], 3 in d, 9 in d)
print(d.pop(), d.popleft(), list(d))
d.extend([7, 8])
d.extendleft([-7, -8])
print(list(d))
d.rotate(3)
print(list(d))
d.rotate(-5)
print(list(d))
d.rotate(len(d) * 4 + 1)
print(list(d), d.count(0), d.index(0), d.index(8, 2))
d.remove(0)
d.reverse()
print(list(d))
d[1] = "x"
del d[0]
print(list(d), bool(d), bool(deque()))
bounded = deque([1, 2, 3], 3)
bounded.append(4)
print(list(bounded), bounded.maxlen)
bounded.appendleft(0)
print(list(bounded))
bounded.extend(range(10, 15))
print(list(bounded), len(bounded))
zero = deque([], 0)
zero.append(1)
print(list(zero), deque().maxlen)
for empty_pop in ("pop", "popleft"):
    try:
        getattr(deque(), empty_pop)()
    except IndexError:
        print("IndexError", empty_pop)
q = deque(range(3))
print([x * 2 for x in q], list(reversed(list(q))), q == deque([0, 1, 2]), q != deque([0, 1]))
c = q.copy()
c.append(9)
print(list(q), list(c))
q.clear()
print(list(q), len(q))
try:
    deque()[0]
except IndexError:
    print("IndexError index")
it = iter(c)
next(it)
c.append(1)
try:
    next(it)
except RuntimeError:
    print("RuntimeError mutated")
