# len() of every built-in container and of user classes.
print(len(""), len("abc"), len("日本"), len(b"\x00\x01"), len(bytearray(5)), len(memoryview(b"xyz")))
print(len([]), len([None] * 7), len(()), len((1,)), len({}), len({1: 2, 3: 4}), len(set()), len({1, 1, 2}))
print(len(frozenset("abc")), len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len({}.keys()))
print(len(range(-5, 5, 2)), len("a\nb"), len("\x00"), len(str(2 ** 100)))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(0)), len(Sized(42)))
for bad in (5, 1.5, None, iter([]), (x for x in [])):
    try:
        len(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
print(len([len(x) for x in ("a", "bb", [])]), len({"k": [1, 2, 3]}["k"]))
