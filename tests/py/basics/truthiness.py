# Truth values of built-in and user-defined objects.
objs = [0, 1, -1, 0.0, 0.5, "", "0", b"", b"\x00", [], [0], (), (None,), {}, {0: 0},
        set(), {0}, frozenset(), range(0), range(1), bytearray(), bytearray(1), None]
for o in objs:
    print(repr(o), bool(o), "yes" if o else "no")
class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Empty()), bool(WithLen(0)), bool(WithLen(3)))
print(bool(WithBool(True)), bool(WithBool(False)), bool(Both()))
print(not WithLen(0), not WithBool(True))
n = 0
while WithLen(n) if n < 3 else WithLen(0):
    n += 1
print(n)
print([x for x in [0, 1, "", "a", None, [], [1]] if x])
print(any([0, "", None]), all([1, "a", [1]]), all([]), any([]))
