# async with calls awaitable __aenter__ and __aexit__.
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
log = []
class Conn:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        log.append("open " + self.name)
        await Pause()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        log.append("close %s %s" % (self.name, t.__name__ if t else None))
        await Pause()
        return self.suppress
async def main():
    async with Conn("a") as a:
        log.append("using " + a)
    async with Conn("b", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Conn("c"):
            raise KeyError("escapes")
    except KeyError:
        log.append("caught KeyError")
    async with Conn("x") as x, Conn("y") as y:
        log.append("both %s %s" % (x, y))
    return "done"
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
print(run(main()))
for entry in log:
    print(entry)
