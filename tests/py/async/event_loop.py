# A tiny deterministic event loop on virtual time, like a minimal uasyncio.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self
    __iter__ = __await__
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.seq = 0
        self.results = {}
    def spawn(self, name, coro, at=None):
        self.seq += 1
        self.ready.append((self.now if at is None else at, self.seq, name, coro))
    def run(self):
        while self.ready:
            self.ready.sort()
            when, _, name, coro = self.ready.pop(0)
            self.now = when
            try:
                req = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                continue
            self.spawn(name, coro, self.now + req.ticks)
        return self.results
async def worker(name, delay, count, log, loop):
    for i in range(count):
        log.append((loop.now, name, i))
        await Sleep(delay)
    return name + " done"
loop = Loop()
log = []
loop.spawn("fast", worker("fast", 1, 4, log, loop))
loop.spawn("slow", worker("slow", 3, 2, log, loop))
loop.spawn("mid", worker("mid", 2, 3, log, loop))
print(loop.run())
for entry in log:
    print(entry)
print("virtual time", loop.now)
