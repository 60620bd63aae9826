def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)), sum(count(5)), [x * 2 for x in count(3)])
g = count(2)
print(next(g), next(g), next(g, "end"))
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
gen = (x * x for x in range(5) if x != 2)
print(type(gen).__name__, list(gen), list(gen))
def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as t:
    print("TypeError", t)
