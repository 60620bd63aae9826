# Augmented assignment on ints across the machine's small-int bounds, on bools, and on int
# subclasses with and without in-place methods: the results of CPython.
for start, step in [(2 ** 62 - 2, 1), (-(2 ** 62) + 1, -1), (2 ** 61, 2 ** 61), (0, 2 ** 70)]:
    x = start
    y = start
    for _ in range(3):
        x += step
        y -= step
    print(x, y)
z = 3
z <<= 61
print(z)
z >>= 60
z ^= True
z |= False
print(z, type(z).__name__)
b = True
b += True
print(b)


class Counter(int):
    def __iadd__(self, other):
        print("__iadd__", int(self), other)
        return Counter(int(self) + other * 10)

    def __ixor__(self, other):
        return "ixor"


c = Counter(1)
c += 2
print(c, type(c).__name__)
c ^= 1
print(c)
d = Counter(5)
d -= 1
print(d, type(d).__name__)
