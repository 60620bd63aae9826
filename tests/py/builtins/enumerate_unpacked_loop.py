# `for i, x in enumerate(...)`: the index and item are unpacked as they come, with the same
# results, errors and consumption of the input as a tuple unpacked afterwards.
for i, c in enumerate("abc"):
    print(i, c)
for i, c in enumerate([None, True, 2 ** 70], -1):
    print(i, c)
# A bool start counts from the int it is.
for i, c in enumerate("ab", True):
    print(i, c)
print(list(enumerate("ab", False)))

# Counts across the small-int boundary and from a big start.
for i, c in enumerate("abc", 2 ** 62 - 2):
    print(i, c)
for i, c in enumerate("abc", -(2 ** 62) - 1):
    print(i, c)
for i, c in enumerate("ab", 2 ** 64):
    print(i, c)
print(list(enumerate("abc", 2 ** 62 - 1)))

# Other numbers of targets: the unpacking error.
try:
    for i, c, d in enumerate("ab"):
        print("unreachable", i, c, d)
except ValueError:
    print("ValueError: too few")
try:
    for (i,) in enumerate("ab"):
        print("unreachable", i)
except ValueError:
    print("ValueError: too many")
for i, (a, b) in enumerate(["xy", "zw"]):
    print(i, a, b)

# The input is a generator that raises part way.
def gen():
    yield "p"
    yield "q"
    raise KeyError("stop")

try:
    for i, c in enumerate(gen()):
        print(i, c)
except KeyError as e:
    print("KeyError", e.args)

# A list changed inside the loop, an early exit, and the rest taken afterwards.
items = [1, 2]
e = enumerate(items)
for i, x in e:
    if len(items) < 4:
        items.append(x * 10)
    if i == 2:
        break
print(i, x, list(e))

# A subclass with its own __next__ keeps it.
class Backwards(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return x, i

for x, i in Backwards("ab"):
    print(x, i)
print([i * x for i, x in enumerate([3, 4, 5])])
