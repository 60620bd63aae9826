def inner():
    a = yield 1
    b = yield 2
    return (a, b)
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from range(2)
g = outer()
print(next(g), g.send("x"), g.send("y"), next(g), next(g), next(g))
def flatten(seq):
    for item in seq:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
