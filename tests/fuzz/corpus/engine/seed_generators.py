def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside", e)
        yield "recovered"
    finally:
        print("cleanup")
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
it.close()
print("closed")
def h():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
x = h()
next(x)
x.close()
def delegate():
    yield from g()
d = delegate()
print(next(d), d.throw(ValueError("via delegate")))
d.close()
def stop_in_gen():
    raise StopIteration
    yield
try:
    next(stop_in_gen())
except RuntimeError as r:
    print("RuntimeError", r)
