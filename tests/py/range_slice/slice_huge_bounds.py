# Slices whose bounds or step are beyond the machine range (2**63 and more), on every sequence kind:
# the count must not overflow, and slice.indices() gives a huge step back whole.
seqs = [list(range(10)), tuple(range(10)), "abcdefghij", b"abcdefghij", bytearray(b"abcdefghij")]
big = [2 ** 63, 2 ** 63 - 1, 2 ** 63 - 2, 2 ** 62, 2 ** 64, 2 ** 100]
for s in seqs:
    name = type(s).__name__
    for b in big:
        print(name, b, s[::b], s[::-b], s[2::b], s[8::-b], s[-b:b], s[b:-b:-1], s[-b:3], s[b:])
        print(name, -b, s[-b::-1], s[:-b:-1], s[3:b:b], s[1:9:b - 1])
for step in (2 ** 63, -2 ** 63, 2 ** 64, -2 ** 100, 2 ** 63 - 1, -(2 ** 63 - 1), True, -1):
    print(step, slice(None, None, step).indices(10), slice(3, 2 ** 70, step).indices(5))
for bounds in ((-2 ** 63, 2 ** 63), (2 ** 63, -2 ** 63), (-2 ** 80, None), (None, 2 ** 80)):
    print(bounds, slice(*bounds).indices(7), slice(*bounds, -1).indices(7), slice(*bounds, 3).indices(0))
r = range(10)
print(r[::2 ** 62], r[-2 ** 63:2 ** 63], r[2 ** 63:-2 ** 63:-1])
a = list(range(10))
del a[::2 ** 63]
print(a)
a = list(range(10))
del a[1::2 ** 63 - 1]
print(a)
a = list(range(10))
del a[::-2 ** 63]
print(a)
a = list(range(10))
a[::2 ** 63] = ["x"]
a[8::-2 ** 64] = ["y"]
print(a)
