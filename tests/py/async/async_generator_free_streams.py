# Streaming values between coroutines with an awaitable channel (no async generators needed).
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
class Channel:
    def __init__(self):
        self.items = []
        self.closed = False
    async def put(self, v):
        self.items.append(v)
        await Pause()
    async def get(self):
        while not self.items:
            if self.closed:
                return None
            await Pause()
        return self.items.pop(0)
async def producer(ch, n):
    for i in range(n):
        await ch.put(i * i)
    ch.closed = True
    return "produced %d" % n
async def consumer(ch):
    total = 0
    seen = []
    while True:
        v = await ch.get()
        if v is None:
            return total, seen
        total += v
        seen.append(v)
def run(*coros):
    results = [None] * len(coros)
    live = list(range(len(coros)))
    rounds = 0
    while live:
        rounds += 1
        for i in list(live):
            try:
                coros[i].send(None)
            except StopIteration as e:
                results[i] = e.value
                live.remove(i)
    return results, rounds
ch = Channel()
print(run(producer(ch, 5), consumer(ch)))
