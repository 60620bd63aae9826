# send() resumes a generator and delivers a value to the paused yield.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(next(g))
print(g.send("a"), g.send("b"), g.send("c"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def averager():
    total, count = 0, 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 30, 40)])
fresh = echo()
try:
    fresh.send("too early")
except TypeError:
    print("TypeError send to just-started generator")
print(fresh.send(None))
def accumulate():
    total = 0
    while True:
        total += yield total
acc = accumulate()
acc.send(None)
for v in range(5):
    last = acc.send(v)
print(last)
def two_way():
    x = yield "first"
    y = yield "got %s" % x
    yield "got %s" % y
tw = two_way()
print(next(tw), tw.send(1), tw.send(2))
