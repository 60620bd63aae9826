# yield from delegates to a sub-iterator and returns its return value.
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    yield "inner returned " + result
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def echo_inner():
    while True:
        v = yield
        if v is None:
            return "stop"
        print("inner got", v)
def delegator():
    r = yield from echo_inner()
    print("delegator saw", r)
    yield "end"
d = delegator()
next(d)
d.send("x")
d.send("y")
print(d.send(None))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), {4: 0}, "5")))
def depth(n):
    if n:
        yield n
        yield from depth(n - 1)
print(list(depth(5)))
def gen_returning_value():
    return 42
    yield
def wrapper():
    v = yield from gen_returning_value()
    yield v
print(list(wrapper()))
