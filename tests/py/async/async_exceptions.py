# Exceptions cross await boundaries; throw() delivers one into a suspended coroutine.
class Pause:
    def __await__(self):
        yield "paused"
    __iter__ = __await__
async def fails():
    await Pause()
    raise KeyError("deep")
async def handles():
    try:
        await fails()
    except KeyError as e:
        return "handled " + str(e.args[0])
c = handles()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def guarded():
    try:
        await Pause()
        return "normal"
    except ValueError as e:
        return "caught thrown " + str(e)
    finally:
        print("guarded finally")
g = guarded()
g.send(None)
try:
    g.throw(ValueError("injected"))
except StopIteration as e:
    print(e.value)
async def unguarded():
    await Pause()
    return "never"
u = unguarded()
u.send(None)
try:
    u.throw(RuntimeError("cancel"))
except RuntimeError as e:
    print("propagated", e)
async def cleanup():
    try:
        await Pause()
    finally:
        print("cleanup on close")
cl = cleanup()
cl.send(None)
cl.close()
async def reraises():
    try:
        await fails()
    except KeyError:
        raise ValueError("converted")
r = reraises()
r.send(None)
try:
    r.send(None)
except ValueError as e:
    print("ValueError", e)
