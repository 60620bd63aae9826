# `for a, b in zip(...)`: the items are unpacked as they come, with the same results, errors and
# consumption of the inputs as a tuple unpacked afterwards.
for a, b in zip([1, 2, 3], "abc"):
    print(a, b)
for a, b, c in zip(range(3), [True, False, None], (2 ** 70, -1, 0.5)):
    print(a, b, c)
print([x ^ k for x, k in zip([1, 2, 255], [255, 2, 1])])

# Uneven inputs: the loop stops at the shortest; an item taken from an earlier input is lost.
first = iter([1, 2, 3])
second = iter("ab")
for a, b in zip(first, second):
    print(a, b)
print(list(first), list(second))

# The number of inputs and of targets differ: the unpacking error, after the first item.
try:
    for a, b in zip([1], [2], [3]):
        print("unreachable", a, b)
except ValueError:
    print("ValueError: too many")
try:
    for a, b, c in zip([1], [2]):
        print("unreachable", a, b, c)
except ValueError:
    print("ValueError: too few")
try:
    for (a,) in zip([1, 2], [3, 4]):
        print("unreachable", a)
except ValueError:
    print("ValueError: one target")
for (a,) in zip("xy"):
    print(a)
n = 0
for () in zip():
    n += 1
print("empty zip", n)

# An input that is a generator runs between the others; its exception leaves the loop.
def gen(limit):
    for i in range(limit):
        print("  gen", i)
        yield i * 10
    raise KeyError("done")

try:
    for a, b in zip("pqr", gen(5)):
        print(a, b)
except KeyError as e:
    print("KeyError", e.args)

# A list grown inside the loop is seen, as the tuple path sees it.
grow = [1, 2]
for a, b in zip(grow, range(5)):
    if len(grow) < 4:
        grow.append(a + 10)
    print(a, b)

# A zip subclass with its own __next__ keeps it.
class Pairs(zip):
    def __next__(self):
        a, b = super().__next__()
        return b, a

for a, b in Pairs([1, 2], "ab"):
    print(a, b)

# Nested targets and nested zips.
for (a, b), c in zip(zip([1, 2], [3, 4]), [5, 6]):
    print(a, b, c)

# A loop left early leaves the zip where it was.
z = zip(range(5), range(5, 10))
for a, b in z:
    if a == 1:
        break
print(list(z))

# In a generator function and a comprehension that keeps the tuple.
def pairs(xs, ys):
    for a, b in zip(xs, ys):
        yield a * b
print(list(pairs([1, 2, 3], [4, 5, 6])), [t for t in zip("ab", "cd")])
