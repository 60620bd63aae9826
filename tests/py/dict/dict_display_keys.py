# Dict displays: repeated keys, keys equal across types (the first key stays, the last value
# wins), hash collisions, keys whose __hash__ / __eq__ run Python code, and unhashable keys.
print({1: "a", 1: "b"}, {1: "a", True: "b"}, {True: "a", 1: "b"}, {1: "a", 1.0: "b", True: "c"})
print({"k": 1, "k": 2, "j": 3}, {0: 0, -1: 1, -2: 2, 2**61 - 1: 3, 2**61: 4, 2**62: 5, -(2**61): 6})
print({-1: "minus one", -2: "minus two"}, hash(-1) == hash(-2))
m = 2**61 - 1
print({0: "zero", m: "m", 2 * m: "2m", -m: "-m"})   # equal hashes, different keys


class Str(str):
    def __eq__(self, other):
        print("Str.__eq__", repr(other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


print({"a": 1, Str("a"): 2}, {Str("b"): 1, "b": 2})
log = []


class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        log.append("hash " + self.name)
        return self.h

    def __eq__(self, other):
        log.append("eq " + self.name)
        return isinstance(other, Key) and self.h == other.h

    def __repr__(self):
        return "Key(%s)" % self.name


d = {Key("x", 1): 1, 1: "int", Key("y", 1): 2, "s": 3, Key("z", 5): 4}
print(d, log)


class Nan:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return False


n = Nan()
print(len({n: 1, n: 2}), len({Nan(): 1, Nan(): 2}), {7: "seven", n: "nan"}[7])
nan = float("nan")
print(len({nan: 1, nan: 2}), len({float("nan"): 1, float("nan"): 2}))
mutate = {}


class Sneaky:
    def __hash__(self):
        mutate["seen"] = True
        return 3

    def __eq__(self, other):
        return other == 3


print({3: "three", Sneaky(): "sneaky"}, mutate)
for bad in ([], {}, set()):
    try:
        print({1: 1, bad: 2})
    except TypeError as e:
        print("TypeError", e)
order = []
print({order.append("k1") or 1: order.append("v1"), order.append("k2") or 2: order.append("v2")}, order)
big = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, "a": 10, "b": 11, 0.5: 12, (1, 2): 13}
print(big, len(big), big[(1, 2)], big.get(9), list(big)[-3:])
big[99] = 1
del big[0]
print(len(big), 0 in big, big[99], {}, {1: 2}.get(1), dict({1: 2}, x=3))
print(hash(-1), hash(-2), hash(2**61 - 2), hash(2**61 - 1), hash(2**61), hash(-(2**61 - 2)), hash(-(2**61 - 1)))
print(hash(2**62 - 1), hash(-(2**62)), hash(0), {-1: 1}.get(-1), {2**61 - 1: 1}.get(0), {2**61 - 1: 1}.get(2**61 - 1))
