# A uasyncio-style API (create_task, sleep_ms, gather, run) on a virtual millisecond clock.
class _Sleep:
    def __init__(self, ms):
        self.ms = ms
    def __await__(self):
        yield self
    __iter__ = __await__
def sleep_ms(ms):
    return _Sleep(ms)
class Task:
    def __init__(self, coro, name):
        self.coro, self.name, self.done, self.result = coro, name, False, None
class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.log = []
    def create_task(self, coro, name="task"):
        t = Task(coro, name)
        self._schedule(t, self.now)
        return t
    def _schedule(self, task, when):
        self.seq += 1
        self.queue.append((when, self.seq, task))
    def run_until_complete(self, coro):
        main = self.create_task(coro, "main")
        while not main.done:
            self.queue.sort(key=lambda e: (e[0], e[1]))
            when, _, task = self.queue.pop(0)
            self.now = when
            try:
                req = task.coro.send(None)
                self._schedule(task, self.now + req.ms)
            except StopIteration as e:
                task.done, task.result = True, e.value
                self.log.append("%6d %s done" % (self.now, task.name))
        return main.result
loop = Loop()
async def blink(name, period, times):
    for i in range(times):
        loop.log.append("%6d %s on" % (loop.now, name))
        await sleep_ms(period)
    return name
async def wait_for(task):
    while not task.done:
        await sleep_ms(1)
    return task.result
async def main():
    a = loop.create_task(blink("led", 250, 4), "led")
    b = loop.create_task(blink("lora", 400, 2), "lora")
    await sleep_ms(100)
    ra = await wait_for(a)
    rb = await wait_for(b)
    return [ra, rb, loop.now]
print(loop.run_until_complete(main()))
for line in loop.log:
    print(line)
