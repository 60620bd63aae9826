# close() raises GeneratorExit inside the generator; finally blocks run.
def worker():
    try:
        yield 1
        yield 2
    finally:
        print("finally in worker")
w = worker()
print(next(w))
w.close()
print(next(w, "closed"))
w.close()
def catches_exit():
    try:
        yield "a"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "should not yield"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError:
    print("RuntimeError: yielded in close")
unstarted = worker()
unstarted.close()
print("unstarted close prints nothing", list(unstarted))
def finished():
    yield 1
f = finished()
list(f)
f.close()
print("close on finished generator is fine")
def loop_with_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("leaving", i)
lw0 = loop_with_finally()
for v in lw0:
    if v == 1:
        break
print("after loop")
lw0.close()
lw = loop_with_finally()
next(lw)
lw.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
