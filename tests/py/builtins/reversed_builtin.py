# reversed() over sequences and objects with __reversed__ or __len__/__getitem__.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed(b"xyz")), list(reversed(bytearray(b"pq"))), list(reversed([])), "".join(reversed("日本語")))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "item%d" % i
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter(["custom", "reverse"])
print(list(reversed(Custom())))
for bad in (iter([1]), 5, None):
    try:
        reversed(bad)
        print(type(bad).__name__, "accepted")
    except TypeError:
        print(type(bad).__name__, "TypeError")
l = [1, 2, 3]
rev = reversed(l)
l[0] = 100
print(list(rev))
