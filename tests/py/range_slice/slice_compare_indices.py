# Slices compare as (start, stop, step) tuples, orderings included; indices() refuses a negative
# length and clamps bounds of any size.
print(slice(1) == slice(1), slice(1) == slice(None, 1), slice(1, 2) != slice(1, 2, 1), slice(1, 2) < slice(1, 3))
print(slice(0, 5) <= slice(0, 5), slice(2) > slice(1), slice(1, 2, 3) >= slice(1, 2, 4), slice(None) == slice(None, None))
print(sorted([slice(3, 1), slice(1, 2), slice(1, 1, -1)]), slice(1) == (None, 1, None), slice(1) != 1)
for f in [lambda: slice(1, 2) < slice(None, 2), lambda: slice("a") < slice(1), lambda: slice(1) < (None, 1, None)]:
    try:
        print(f())
    except TypeError:
        print("TypeError")
print(slice(1, 2, 3).indices(0), slice(2 ** 100, -2 ** 100, -2 ** 100).indices(10), slice(-5, None).indices(3))
print(slice(None, None, -1).indices(5), slice(None, None, 2 ** 70).indices(4), slice(True, 3).indices(True))
for args in [(-1,), (-2 ** 70,), ("a",), (1.0,)]:
    try:
        slice(1, 2).indices(*args)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, args)
try:
    slice(0, 1, 0).indices(3)
except ValueError:
    print("ValueError step 0")
