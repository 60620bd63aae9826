# &, | and ^ on ints at the edges of the machine's small-int form and past it, on bools, and on
# subclasses that override the operators: the results of CPython.
edges = [0, 1, -1, 255, -256, 2 ** 61, -(2 ** 61), 2 ** 62 - 1, -(2 ** 62), 2 ** 62, -(2 ** 62) - 1,
         2 ** 63 - 1, -(2 ** 63), 2 ** 64 + 5, -(2 ** 70)]
for a in edges:
    print(a, [a & b for b in edges])
    print(a, [a | b for b in edges])
    print(a, [a ^ b for b in edges])
# In place, on locals.
x = 2 ** 62 - 1
x ^= -(2 ** 62)
print(x)
x &= 0xFF
print(x)
x |= 2 ** 62
print(x)

# Bools: a bool with a bool stays a bool; with an int it is an int.
print(True & True, True | False, True ^ True, True ^ 1, 1 ^ True, False | 2, True & 3)
print(type(True ^ False).__name__, type(True ^ 0).__name__)


class Flags(int):
    def __xor__(self, other):
        return "Flags.__xor__(%d, %r)" % (int(self), other)

    def __rand__(self, other):
        return "Flags.__rand__(%d, %r)" % (int(self), other)


print(Flags(6) ^ 3, 3 & Flags(6), Flags(6) | 1, type(Flags(6) | 1).__name__)


class Plain(int):
    pass


print(Plain(12) ^ 5, type(Plain(12) ^ 5).__name__, 5 & Plain(12))
for bad in [1.5, "s", None]:
    try:
        print(3 ^ bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
