# List comprehensions over iterators that know how many items they have left (list, tuple, range,
# zip of those) and over ones that do not; the list must come out the same whatever its room.
data = [1, 2, 3, 4, 5]
print([x * 2 for x in data], [x for x in (7, 8, 9)], [x for x in range(5)], [x for x in []])
print([x for x in range(10, 0, -3)], [x for x in range(0)], [x for x in range(5, 0)], [x for x in range(-2**40, -2**40 + 3)])
print([a + b for a, b in zip(data, (10, 20, 30))], [p for p in zip()], [p for p in zip(data)])
print([p for p in zip(data, range(100), (x for x in "ab"))], [p for p in zip([], range(10**12))])
it = iter(data)
next(it)
next(it)
print([x for x in it], [x for x in it])
t = iter((1, 2, 3))
next(t)
print([x for x in t], [x for x in iter(range(4))])
r = iter(range(2**62, 2**62 + 6, 2))
next(r)
print([x - 2**62 for x in r])
# The list being iterated changes under the comprehension.
grow = [1, 2, 3]
print([grow.append(x) or x for x in grow if len(grow) < 8], grow)
shrink = [1, 2, 3, 4, 5, 6]
print([shrink.pop() for x in shrink], shrink)
target = [0, 1, 2]
print([(target.extend([9, 9]) if len(target) < 9 else None) or x for x in target], target)
# An item that raises partway: the comprehension's list is dropped, the error comes through.
try:
    print([10 // (3 - x) for x in range(10)])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# Many items, past the room given ahead, and an iterator of a class.
big = [x for x in range(20000)]
print(len(big), big[-1], sum(big), len([x for x in zip(big, big[1:])]))


class Counted:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 4:
            raise StopIteration
        return self.n

    def __length_hint__(self):
        raise AssertionError("not asked")


print([x for x in Counted()], [x for x in map(abs, [-1, -2])], [x for x in enumerate("ab")])
print([y for x in [[1, 2], [3]] for y in x], [x for x in data if x % 2], [[y for y in range(x)] for x in range(4)])
print([x for x in reversed(data)], [c for c in "héllo"], [k for k in {"a": 1, "b": 2}])
