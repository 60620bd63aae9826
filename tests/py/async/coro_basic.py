# async def functions return coroutines; driving them with send(None) runs them.
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended unexpectedly")
print(run(add(2, 3)))
print(run(compute()))
async def no_return():
    pass
print(run(no_return()))
async def nested(n):
    if n == 0:
        return [0]
    rest = await nested(n - 1)
    return rest + [n]
print(run(nested(5)))
async def uses_loop():
    total = 0
    for i in range(5):
        total += await add(i, i)
    return total
print(run(uses_loop()))
async def with_args(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(sorted(kw))
print(run(with_args(1, 2, 3, sep="+", k=1)))
c = add(1, 1)
print(hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"))
c.close()
async def raises():
    raise ValueError("inside coroutine")
try:
    run(raises())
except ValueError as e:
    print("ValueError", e)
