# Tuple packing and unpacking in assignments, loops, returns and calls.
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 1, 9])
print(lo, hi, minmax("hello"))
point = (3, 4)
x, y = point
print(x, y, x * x + y * y)
for name, (a, b) in [("p", (1, 2)), ("q", (3, 4))]:
    print(name, a + b)
def add(a, b, c):
    return a + b + c
args = (1, 2, 3)
print(add(*args), add(*(10, 20), 30), add(1, *(2, 3)))
head, *tail = (1, 2, 3, 4)
print(head, tail, type(tail).__name__)
*rest, last = (1,)
print(rest, last)
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
t = 1, 2, 3
a, b, c = t
a, b, c = c, a, b
print(a, b, c)
records = [("ann", 31, "x"), ("ben", 25, "y")]
for name, age, _ in records:
    print(name, age)
print([n for n, *_ in records])
def pair():
    return 1,
print(pair(), len(pair()))
swap = lambda p: (p[1], p[0])
print(swap((1, 2)))
