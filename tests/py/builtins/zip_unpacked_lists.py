# `for a, b in zip(...)` takes its items without a tuple: the same items, in the same order, with
# the same ones consumed when the shorter input ends, whatever the inputs are.
first = iter([1, 2, 3])
for a, b in zip(first, [9]):
    print(a, b)
print(list(first))
longer = iter([7, 8])
for a, b in zip([1, 2, 3], longer):
    print(a, b)
print(list(longer))
grow = [1, 2]
for a, b in zip(grow, [10, 20, 30, 40]):
    if len(grow) < 4:
        grow.append(a * 100)
    print(a, b)
done = iter([1])
for a, b in zip(done, [5, 6]):
    print(a, b)
source = [0]
ended = iter(source)
print(list(zip(ended, [1, 2])), source.append(1), list(ended))
for a, b in zip((1, 2), "xy"):
    print(a, b)
for a, b, c in zip([1, 2], [3, 4], [5, 6]):
    print(a, b, c)
for i, (a, b) in enumerate(zip([1, 2], [3, 4])):
    print(i, a, b)
for a, b in zip(range(3), (x * x for x in range(5))):
    print(a, b)
try:
    for a, b in zip([1, 2], [3, 4], [5, 6]):
        print(a, b)
except ValueError as e:
    print("ValueError", e)
for pair in zip([1], [2]):
    print(pair)
