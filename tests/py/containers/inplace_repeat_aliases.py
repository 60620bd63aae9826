# `x *= n` on a mutable sequence changes the object itself: every other name for it sees the result.
import array

makers = [lambda: bytearray(b"ab"), lambda: [1, 2], lambda: array.array("i", [1, 2])]
for make in makers:
    for n in [3, 1, 0, -1, -2 ** 63, True, False]:
        x = make()
        alias = x
        x *= n
        print(type(x).__name__, n, x is alias, alias)
    x = make()
    x *= 2
    x *= 2
    print(x, len(x))
    for bad in [1.5, "2", None, [2]]:
        x = make()
        try:
            x *= bad
            print("no error", bad)
        except TypeError:
            print("TypeError", repr(bad))
        print(x)

# Empty sequences stay empty and the same object, whatever the count.
for empty in [bytearray(), [], array.array("b")]:
    alias = empty
    empty *= 2 ** 62
    print(empty is alias, len(empty))

# __imul__ called as a method returns the object itself.
b = bytearray(b"xyz")
print(b.__imul__(2) is b, b)
l = [0]
print(l.__imul__(3) is l, l)

# Subclasses keep their class and extra attributes.
class B(bytearray):
    pass
b = B(b"q")
b.tag = "kept"
alias = b
b *= 4
print(type(b).__name__, b is alias, bytes(b), b.tag)

# The repeated bytes are readable through a memoryview made afterwards.
b = bytearray(b"12")
b *= 3
print(bytes(memoryview(b)[1:5]))

# A repeat larger than the heap raises MemoryError and leaves the object unchanged.
for make in makers:
    x = make()
    try:
        x *= 2 ** 40
    except MemoryError:
        print("MemoryError", x)
