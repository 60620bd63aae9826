# The value of `yield from`: a finished generator gives None; a class iterator's StopIteration
# value is the result; send() goes through to the sub-iterator.
def finished():
    return 5
    yield

def outer(g):
    print("got", (yield from g))
    y = yield from g
    print("then", y)

g = finished()
print(list(g), list(outer(g)))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("launch")
        self.n -= 1
        return self.n

def wrap(it):
    result = yield from it
    yield result

print(list(wrap(Countdown(3))))

class Echo:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.log.append(v)
        if len(self.log) > 3:
            raise StopIteration(tuple(self.log))
        return len(self.log)

def drive():
    r = yield from Echo()
    yield r

d = drive()
print(next(d), d.send("a"), d.send("b"), d.send("c"))

def gen_return():
    yield 1
    return "value"

it = gen_return()
next(it)
try:
    it.__next__()
except StopIteration as e:
    print("args", e.args, e.value)
try:
    next(it)
except StopIteration as e:
    print("again", e.args, e.value)
