# Floats on both sides of the engine's immediate window (magnitudes 2**-255 up to 2**257 are kept
# in the value word, the others in a heap object): every operation must give the same result on
# either side and across it, with no use of `is` on floats.
import math
import struct

def neighbour(x, step):
    # The positive double `step` units in the last place away from x.
    bits = struct.unpack("<q", struct.pack("<d", x))[0]
    return struct.unpack("<d", struct.pack("<q", bits + step))[0]


edges = [2.0 ** 257, 2.0 ** 256, 2.0 ** -255, 2.0 ** -256]
values = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-100, 1.0, -1.0, 1.5, 0.1, 1e100, 1e308,
          1.7976931348623157e308, float("inf"), float("-inf")]
for e in edges:
    values += [e, -e, neighbour(e, -1), neighbour(e, 1), -neighbour(e, -1)]

for v in values:
    packed = struct.pack("<d", v)
    print(repr(v), str(v), hash(v), packed.hex(), struct.unpack("<d", packed)[0] == v,
          math.copysign(1.0, v), bool(v), v == v * 1.0, -v == 0.0 - v, abs(v) == abs(-v))

# Arithmetic that crosses the window both ways, with exact results.
big = 2.0 ** 256
small = 2.0 ** -255
print(big * 2.0, big * 2.0 / 2.0 == big, (big * 2.0) / 4.0, small / 2.0, small / 2.0 * 2.0 == small)
print(-big, -(-big), abs(-big * 2.0), abs(-small / 2.0), -0.0 * 1.0, 0.0 * -1.0, -(0.0), -(-0.0))
print(repr(1.0 - 1.0), repr(-1.0 + 1.0), repr(-0.0 - 0.0), repr(-0.0 + -0.0), repr(1e-300 * 1e-300))
print(big * big * big * big * big, -(big * big * big * big * big), (big * big * big * big * big) * 0.0)
x = 1.0
steps = 0
while x != 0.0:
    x /= 1024.0
    steps += 1
print(steps)
x = 1.0
steps = 0
while x != math.inf:
    x *= 1e10
    steps += 1
print(steps)

# Signed zeros survive every path that builds a float.
zeros = [0.0, -0.0, float("-0"), -1e-200 * 1e-200, float(-0.0), 0.0 * -5, -0.0 + 0.0, -0.0 - 0.0]
print([math.copysign(1.0, z) for z in zeros], [str(z) for z in zeros], [z == 0 for z in zeros])

# Floats equal to ints are the same dict key and set member, on both sides of the window.
d = {}
for k in [1, 2 ** 100, 2 ** 256, 2 ** 300, 0, 7]:
    d[k] = "int"
for f in [1.0, 2.0 ** 100, 2.0 ** 256, 2.0 ** 300, 0.0, -0.0, 7.0]:
    print(repr(f), d.get(f), hash(f) == hash(int(f)), f in {int(f)}, int(f) in {f})
print(len({0.0, -0.0, 0, 1.0, 1, True, 2.0 ** 256, 2 ** 256, 2.0 ** 257, 2 ** 257}))

# nan: never equal, yet found by identity in containers; inf compares past every finite float.
nan = float("nan")
box = [nan, 2.0 ** 300]
print(nan in box, nan == nan, box.count(nan), box.index(2.0 ** 300), float("nan") in [float("nan")])
print(math.inf > 2.0 ** 1000, -math.inf < -(2.0 ** 1000), sorted([2.0 ** 300, -0.0, 1.5, -(2.0 ** 300), 5e-324]))

# Mixed int/float operators near 2**53 and past the window.
for i in [2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 256, 2 ** 257 + 1, 3]:
    for f in [1.5, 2.0 ** 256, 2.0 ** 53, 0.0, -0.0]:
        print(i + f, f - i, i * f, i < f, f == i, f != i, i >= f)

# Floats held in containers, attributes and closures survive collections.
import gc
keep = [float(i) / 7.0 for i in range(2000)] + [2.0 ** 300 + i for i in range(10)] + [0.0, -0.0]
class Holder:
    pass
h = Holder()
h.x = 2.0 ** -300
h.y = 3.25
gc.collect()
junk = [[i * 0.5] for i in range(20000)]
gc.collect()
print(sum(keep), keep[-3] - 2.0 ** 300, h.x * 2.0 ** 300, h.y, repr(keep[-1]), repr(keep[-2]))

# Identity-free equality and formatting of the same value built different ways.
a = 0.1 + 0.2
b = 0.30000000000000004
print(a == b, repr(a), "%.17g" % a, "{:e}".format(2.0 ** 256), "{:.3f}".format(-2.0 ** -255), round(2.0 ** 256), int(-(2.0 ** 257)))
print(float.__new__(float, 2.5), type(2.0 ** 300), type(1.5), isinstance(1.5, float), (1.5).is_integer(), (2.0 ** 300).is_integer())
print((1.5).as_integer_ratio(), (2.0 ** -256).as_integer_ratio()[1] == 2 ** 256, (1.5).real, (1.5).imag, (-2.5).conjugate())

class F(float):
    pass
f = F(1.5)
print(type(f).__name__, f + 1, -f, abs(F(-2.0 ** 300)), f == 1.5, hash(f) == hash(1.5), repr(F(0.0)), F(2.0 ** 256) * 2)
