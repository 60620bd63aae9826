# yield used as an expression in assignments, calls, conditions and containers.
def g():
    x = yield 1
    y = (yield x) or "default"
    z = [(yield "in list"), (yield "second")]
    if (yield "cond"):
        w = "true branch"
    else:
        w = "false branch"
    return (x, y, z, w)
gen = g()
print(next(gen))
print(gen.send("X"))
print(gen.send(None))
print(gen.send("z1"))
print(gen.send("z2"))
try:
    gen.send(0)
except StopIteration as e:
    print(e.value)
def echo_sum():
    total = 0
    while True:
        total += (yield total) or 0
e = echo_sum()
print(next(e), e.send(5), e.send(None), e.send(10))
def bare():
    yield
    yield
print(list(bare()))
