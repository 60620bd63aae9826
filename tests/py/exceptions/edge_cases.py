def f():
    try:
        raise ValueError("a")
    except ValueError as e:
        err = e
    return err
e = f()
print(type(e).__name__, e)
try:
    raise
except RuntimeError as r:
    print("RuntimeError", r)
def gen():
    yield 1
    raise KeyError("from gen")
try:
    for x in gen():
        print("got", x)
except KeyError as k:
    print("KeyError", k)
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except ValueError:
        print("skip", i)
        continue
    finally:
        print("finally", i)
    print("body", i)
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer")
except ValueError as v:
    print(v, repr(v.__context__))
def nested_finally():
    log = []
    try:
        try:
            return "x"
        finally:
            log.append(1)
    finally:
        log.append(2)
        print(log)
print(nested_finally())
try:
    raise ValueError("one", 2, [3])
except ValueError as v:
    print(str(v), v.args)
print(OSError(2, "No such file").args, OSError(2, "x").errno)
class E(Exception):
    def __init__(self):
        pass
print(repr(E()), str(E()))
