# Awaiting coroutines that themselves suspend: suspension passes through every level.
class Yield:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        value = yield self.tag
        return value
    __iter__ = __await__
async def leaf(n):
    got = await Yield("leaf%d" % n)
    return got * 2
async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return a + b
async def top():
    r = await middle()
    extra = await Yield("top")
    return r, extra
coro = top()
print(coro.send(None))
print(coro.send(10))
print(coro.send(20))
try:
    coro.send("final")
except StopIteration as e:
    print("result", e.value)
async def sequential(n):
    out = []
    for i in range(n):
        out.append(await Yield(i))
    return out
c = sequential(3)
tags = [c.send(None)]
try:
    while True:
        tags.append(c.send(tags[-1] * 100))
except StopIteration as e:
    print(tags, e.value)
