# A repeat count may be any object with __index__; an int past the machine range is an
# OverflowError (not a TypeError), even for an empty sequence. Start and end arguments of index,
# find, count, startswith and endswith are clamped instead, as slice bounds are.
import array

class Two:
    def __index__(self):
        return 2

class Bad:
    def __index__(self):
        return 2.0

def sequences():
    return [(1, 2), [1, 2], "ab", b"ab", bytearray(b"ab"), array.array("b", [1, 2])]

for seq in sequences():
    print(type(seq).__name__, seq * Two(), Two() * seq, seq * True)
    alias = seq
    seq *= Two()
    print(" in place", seq, seq is alias)
    for count in [2 ** 63, 2 ** 64, -2 ** 64, 2 ** 100]:
        for f in [lambda: seq * count, lambda: count * seq, lambda: seq[:0] * count]:
            try:
                f()
                print(" no error", count)
            except OverflowError:
                print(" OverflowError", count)
    for bad in [Bad(), 2.0, "2", None]:
        try:
            seq * bad
            print(" no error", bad)
        except TypeError:
            print(" TypeError", type(bad).__name__)

# The count's __index__ runs before the items are read, so a sequence it changes is repeated as
# it is afterwards.
for make in [list, bytearray]:
    victim = make(b"xyz")
    class Shrink:
        def __index__(self):
            victim[:] = make(b"q")
            return 3
    print(victim * Shrink(), victim)
    victim = make(b"xyz")
    victim *= Shrink()
    print(victim)

big, neg = 2 ** 100, -2 ** 100
t = (1, 2, 1)
print(t.index(1, 1, big), t.index(2, neg), t.index(1, neg, big), [1, 2, 1].index(1, 1, big), [1, 2].index(2, neg))
print(array.array("b", [1, 2, 1]).index(1, 1, big))
for f in [lambda: t.index(1, big), lambda: [1].index(1, 2 ** 63), lambda: t.index(1, 0, neg)]:
    try:
        f()
    except ValueError:
        print("ValueError")
s, b = "abcab", b"abcab"
print(s.find("b", 2, big), s.find("b", neg), s.rfind("a", neg, big), s.count("a", neg, big), s.index("c", neg))
print(b.find(b"b", 2, big), b.find(b"b", neg), b.rfind(b"a", neg, big), b.count(b"a", neg, big), b.index(b"c", neg))
print(s.startswith("a", neg), s.endswith("b", 0, big), b.startswith(b"c", 2, big), s.find("a", big), b.find(b"a", big))
print(s.find("b", Two()), t.index(1, Two()), [5, 6, 5].index(5, Two()))
for f in [lambda: s.find("a", 1.0), lambda: t.index(1, "0"), lambda: [1].index(1, 0, None)]:
    try:
        f()
    except TypeError:
        print("TypeError")
