# Exceptions raised by __aexit__ and inside async with bodies, and suppression rules.
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
log = []
class Ctx:
    def __init__(self, name, fail_exit=False, suppress=False):
        self.name, self.fail_exit, self.suppress = name, fail_exit, suppress
    async def __aenter__(self):
        await Pause()
        log.append("enter " + self.name)
        return self
    async def __aexit__(self, t, v, tb):
        await Pause()
        log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        if self.fail_exit:
            raise RuntimeError("exit failed in " + self.name)
        return self.suppress
async def main():
    results = []
    for ctx, body_error in [(Ctx("a"), None), (Ctx("b", suppress=True), ValueError), (Ctx("c", fail_exit=True), None),
                            (Ctx("d", fail_exit=True), KeyError), (Ctx("e"), IndexError)]:
        try:
            async with ctx:
                if body_error:
                    raise body_error("body")
            results.append((ctx.name, "completed"))
        except Exception as e:
            results.append((ctx.name, type(e).__name__))
    return results
c = main()
while True:
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)
        break
for line in log:
    print(line)
