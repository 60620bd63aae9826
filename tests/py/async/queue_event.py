# Producer/consumer coordination with an Event and a Queue on a tiny scheduler.
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
class Event:
    def __init__(self):
        self.flag = False
    def set(self):
        self.flag = True
    async def wait(self):
        while not self.flag:
            await Pause()
class Queue:
    def __init__(self, maxsize):
        self.items = []
        self.maxsize = maxsize
    async def put(self, item):
        while len(self.items) >= self.maxsize:
            await Pause()
        self.items.append(item)
    async def get(self):
        while not self.items:
            await Pause()
        return self.items.pop(0)
log = []
async def producer(q, n, done):
    for i in range(n):
        await q.put(i)
        log.append("put %d" % i)
    done.set()
async def consumer(q, done, out):
    while True:
        if done.flag and not q.items:
            return len(out)
        if q.items or not done.flag:
            item = await q.get()
            out.append(item * item)
            log.append("got %d" % item)
def run_all(coros):
    results = {}
    active = dict(enumerate(coros))
    while active:
        for k in list(active):
            try:
                active[k].send(None)
            except StopIteration as e:
                results[k] = e.value
                del active[k]
    return results
q = Queue(2)
done = Event()
out = []
print(run_all([producer(q, 5, done), consumer(q, done, out)]))
print(out)
print(log)
