# throw() and close() are forwarded through yield from to the inner generator.
def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        print("inner handled", e)
        yield "recovered"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
g.close()
print("---")
g2 = outer()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("KeyError reached caller", e.args)
print("---")
def counting():
    n = 0
    while True:
        try:
            yield n
        except GeneratorExit:
            print("inner got GeneratorExit")
            raise
        n += 1
def relay():
    yield from counting()
r = relay()
print(next(r), next(r))
r.close()
print("---")
def inner_returns_on_error():
    try:
        yield 1
    except IndexError:
        return "inner caught"
def outer2():
    res = yield from inner_returns_on_error()
    yield "outer got " + res
o = outer2()
next(o)
print(o.throw(IndexError))
