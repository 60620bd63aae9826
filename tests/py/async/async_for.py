# async for uses __aiter__ and an awaitable __anext__ ending with StopAsyncIteration.
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Pause()
        self.i += 1
        return self.i * 10
async def main():
    seen = []
    async for v in Ticker(4):
        seen.append(v)
    async for v in Ticker(5):
        if v == 30:
            break
        seen.append(-v)
    else:
        seen.append("no else after break")
    async for v in Ticker(1):
        seen.append(v)
    else:
        seen.append("else ran")
    async for v in Ticker(0):
        seen.append("never")
    return seen
def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n
print(run(main()))
print(issubclass(StopAsyncIteration, Exception))
