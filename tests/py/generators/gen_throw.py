# throw() raises an exception at the paused yield; the generator may handle it.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("handled", e)
            n = -1
        n += 1
g = resilient()
print(next(g), next(g))
print(g.throw(ValueError("reset")))
print(next(g), next(g))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", e.args)
print(next(f, "exhausted after throw"))
def cleanup():
    try:
        yield "working"
    finally:
        print("cleanup ran")
c = cleanup()
next(c)
try:
    c.throw(RuntimeError("stop"))
except RuntimeError:
    print("RuntimeError out")
def converts():
    try:
        yield
    except IndexError:
        raise TypeError("converted")
cv = converts()
next(cv)
try:
    cv.throw(IndexError)
except TypeError as e:
    print("TypeError", e)
fresh = fragile()
try:
    fresh.throw(ValueError("unstarted"))
except ValueError as e:
    print("unstarted throw", e)
print(list(fresh))
def returns_on_throw():
    try:
        yield 1
    except GeneratorExit:
        raise
    except Exception:
        return "stopped"
r = returns_on_throw()
next(r)
try:
    r.throw(OSError)
except StopIteration as e:
    print("StopIteration", e.value)
