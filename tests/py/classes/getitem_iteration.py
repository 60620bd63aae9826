# Objects with only __getitem__ are iterable until IndexError.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), [x for x in Squares() if x % 2])
for i, v in enumerate(Squares()):
    print(i, v, end=" ")
print()
class Letters:
    def __init__(self, s):
        self.s = s
    def __getitem__(self, i):
        return self.s[i]
print(list(Letters("abc")), "".join(Letters("xyz")), sorted(Letters("cab")))
it = iter(Letters("hi"))
print(next(it), next(it), next(it, None))
class StopsOnStopIteration:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i
print(list(StopsOnStopIteration()))
class Other:
    def __getitem__(self, i):
        if i > 1:
            raise KeyError(i)
        return i
try:
    list(Other())
except KeyError as e:
    print("KeyError propagates", e.args)
a, b, c = Letters("pqr")
print(a, b, c, max(Squares()), min(Letters("zya")))
