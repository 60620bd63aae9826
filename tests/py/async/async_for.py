class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

async def consume():
    seen = []
    async for v in Ticker(3):
        seen.append(v)
    else:
        seen.append("else")
    async for v in Ticker(5):
        if v == 30:
            break
        seen.append(v)
    return seen

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(consume()))

class Failing:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("broken source")

async def failing():
    try:
        async for v in Failing():
            pass
    except ValueError as e:
        return "caught " + str(e)
print(run(failing()))
