# Cancelling a task by throwing a custom exception into it; finally blocks run.
class CancelledError(Exception):
    pass
class Pause:
    def __await__(self):
        yield
    __iter__ = __await__
log = []
async def long_task(name):
    try:
        n = 0
        while True:
            n += 1
            log.append("%s step %d" % (name, n))
            await Pause()
    except CancelledError:
        log.append(name + " cancelled")
        raise
    finally:
        log.append(name + " finally")
async def shielded():
    try:
        await Pause()
    except CancelledError:
        log.append("shielded ignores cancel")
    return "shielded result"
t1 = long_task("t1")
t1.send(None)
t1.send(None)
try:
    t1.throw(CancelledError())
except CancelledError:
    log.append("t1 reported cancelled")
t2 = shielded()
t2.send(None)
try:
    t2.throw(CancelledError())
except StopIteration as e:
    log.append("t2 finished: " + e.value)
t3 = long_task("t3")
t3.send(None)
t3.close()
for line in log:
    print(line)
