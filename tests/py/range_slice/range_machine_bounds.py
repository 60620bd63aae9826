# A range's bounds and step are machine ints, as in MicroPython: one outside -2**63 .. 2**63 - 1
# is an OverflowError where CPython makes a range of big ints (expected output in the .exp file).
# Slices whose bounds or step would leave that window are refused the same way, and so is a slice
# of a range longer than 2**63 - 1 items.
lo, hi = -2 ** 63, 2 ** 63 - 1
for args in [(hi + 1,), (lo - 1, 0), (0, 2 ** 64), (0, 1, 2 ** 63), (0, 10, lo)]:
    try:
        print(range(*args))
    except OverflowError:
        print("OverflowError", args)
cases = [(range(lo, hi), slice(1, 3)), (range(lo, lo + 5), slice(None, None, -1)),
         (range(2 ** 62, -2 ** 62, -2 ** 62), slice(None, None, -1)), (range(0, hi, 2 ** 62), slice(None, None, 2))]
for r, s in cases:
    try:
        print(r[s])
    except OverflowError:
        print("OverflowError", r, s)
print(range(lo, hi)[-1], range(lo, lo + 5)[1:], range(hi - 5, hi)[::-2])
