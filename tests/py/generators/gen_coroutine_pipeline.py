# Generator-based coroutines connected with send() into a push pipeline.
def sink(results):
    while True:
        item = yield
        results.append(item)
def mapper(fn, target):
    while True:
        item = yield
        target.send(fn(item))
def filterer(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def primed(gen):
    next(gen)
    return gen
out = []
pipeline = primed(filterer(lambda v: v % 3 == 0, primed(mapper(lambda v: v * v, primed(sink(out))))))
for i in range(12):
    pipeline.send(i)
print(out)
def tee(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
evens, odds = [], []
splitter = primed(tee(primed(filterer(lambda v: v % 2 == 0, primed(sink(evens)))),
                      primed(filterer(lambda v: v % 2, primed(sink(odds))))))
for i in range(7):
    splitter.send(i)
print(evens, odds)
def running_stats():
    n = total = 0
    lo = hi = None
    while True:
        v = yield (n, total, lo, hi)
        n += 1
        total += v
        lo = v if lo is None else min(lo, v)
        hi = v if hi is None else max(hi, v)
rs = running_stats()
print(next(rs))
for v in [5, -2, 9, 3]:
    print(rs.send(v))
pipeline.close()
splitter.close()
print("closed")
