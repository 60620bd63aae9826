# User iterators with __iter__ and __next__; StopIteration ends loops.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(5)))
cd = CountDown(3)
print(next(cd), next(cd), next(cd), next(cd, "exhausted"))
print(list(cd))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 2
        return self.i - 2
r = Range2(7)
print(list(r), list(r), sum(r), max(r), 4 in r, 5 in r)
print([x * 10 for x in r], dict(zip(r, "abcd")), sorted(r, reverse=True))
a, b, *c = Range2(8)
print(a, b, c)
it = iter(r)
print(iter(it) is it, next(it), next(it))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
out = []
for v in Fib():
    if v > 100:
        break
    out.append(v)
print(out)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError:
    print("TypeError __iter__ returned non-iterator")
print(list(map(str, CountDown(3))), tuple(enumerate(CountDown(2))))
