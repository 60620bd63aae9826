class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks

async def worker(name, n):
    total = 0
    for i in range(n):
        total += await Sleep(1)
    print(name, "done", total)
    return name.upper()

async def main():
    a = await worker("a", 2)
    b = await worker("b", 3)
    return a + b

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps

print(run(main()))

class Lock:
    async def __aenter__(self):
        print("acquire")
        return self
    async def __aexit__(self, t, v, tb):
        print("release", t)
        return False

async def guarded():
    async with Lock() as l:
        print("inside", type(l).__name__)
        await Sleep(1)
    return "ok"
print(run(guarded()))
print(type(main()).__name__)
