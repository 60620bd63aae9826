# iter() and next(), including the default value and the two-argument iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(iter("abc")), list(iter((1, 2))), sorted(iter({3, 1})), list(iter({"k": 1})))
values = [5, 4, 0, 3]
pos = [0]
def reader():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    iter(5)
except TypeError:
    print("TypeError not iterable")
try:
    next([1, 2])
except TypeError:
    print("TypeError list is not an iterator")
r = iter(range(3))
print(iter(r) is r, next(r), list(r))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(iter(Countdown(3))), next(Countdown(5)), next(iter(Countdown(0)), "empty"))
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"))
