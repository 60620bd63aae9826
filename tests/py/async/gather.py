# A gather() built on a round-robin scheduler collects results in argument order.
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
class Gather:
    def __init__(self, coros):
        self.coros = list(coros)
    def __await__(self):
        results = [None] * len(self.coros)
        pending = list(range(len(self.coros)))
        while pending:
            still = []
            for i in pending:
                try:
                    self.coros[i].send(None)
                    still.append(i)
                except StopIteration as e:
                    results[i] = e.value
            pending = still
            if pending:
                yield
        return results
    __iter__ = __await__
order = []
async def job(name, steps):
    for s in range(steps):
        order.append("%s%d" % (name, s))
        await Pause()
    return name * steps
async def main():
    res = await Gather([job("a", 3), job("b", 1), job("c", 2)])
    more = await Gather([])
    return res, more
c = main()
ticks = 0
while True:
    try:
        c.send(None)
        ticks += 1
    except StopIteration as e:
        print(e.value, ticks)
        break
print(order)
