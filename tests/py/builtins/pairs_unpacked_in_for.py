# `for a, b in enumerate(...)` and `for a, b in zip(x, y)` take each pair without its tuple; the
# values, their order, the ends and the errors must be those of the tuple path.
for i, x in enumerate("abc"):
    print(i, x)
for i, x in enumerate([10, 20], 2**62 - 1):   # the count leaves the small-int range
    print(i, x)
for i, x in enumerate([10, 20], 2**70):
    print(i, x)
for i, x in enumerate([10, 20], True):
    print(i, x)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
for a, b in zip([1, 2], "xyz"):
    print(a, b)
for a, b in zip([(1, 2)], [3]):
    print(a, b)
for (a, b), c in zip([(1, 2)], [3]):
    print(a, b, c)
try:
    for a, b in zip([1], [2], [3]):
        print(a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b, c in enumerate("xy"):
        print(a, b, c)
except ValueError as e:
    print("ValueError", e)


class Triples(enumerate):
    def __next__(self):
        return (9, 9, 9)


try:
    for a, b in Triples("ab"):
        print(a, b)
except ValueError as e:
    print("ValueError", e)


def fails_second():
    yield 1
    raise KeyError("boom")


try:
    for i, x in enumerate(fails_second()):
        print(i, x)
except KeyError as e:
    print("KeyError", e)
try:
    for a, b in zip([1, 2], fails_second()):
        print(a, b)
except KeyError as e:
    print("KeyError", e)

# The body consumes the same iterator, and grows the list under it.
it = enumerate("abcd")
for i, x in it:
    print(i, x, next(it))
items = [1, 2]
for i, x in enumerate(items):
    if len(items) < 5:
        items.append(x * 10)
    print(i, x)
left = iter([1, 2, 3])
for a, b in zip(left, left):
    print(a, b)
print(list(left))
print([i * x for i, x in enumerate(range(5))])
print({a: b for a, b in zip("abc", range(3))})


class Count(int):
    def __add__(self, other):
        return "not called"


for i, x in enumerate("ab", Count(7)):
    print(i, type(i).__name__, x)
print(list(enumerate("ab", False)))
