# Generators driven by for loops (resumed by the loop itself): exceptions through the loop and its
# handlers, StopIteration raised inside, breaking out and resuming elsewhere, a generator that
# touches itself while running, runaway recursion, and the state next()/send()/close() see after.


def count(n, fail_at=None, exc=ValueError):
    for i in range(n):
        if i == fail_at:
            raise exc("failed at %d" % i)
        yield i
    return "done"


total = 0
for x in count(5):
    total += x
print(total)
try:
    for x in count(5, 3):
        print("got", x)
except ValueError as e:
    print("ValueError", e)
for x in count(3, 1, KeyError) if False else ():
    pass
try:
    for x in count(4, 2, StopIteration):
        print("got", x)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
g = count(6)
for x in g:
    if x == 2:
        break
print("after break", next(g), list(g), next(g, "exhausted"))
g = count(4)
for x in g:
    pass
for x in g:
    print("never")
print("twice", list(g))
g = count(3)
print(next(g))
for x in g:
    print("resumed", x)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    for x in nested(depth - 1):
        yield "%d/%s" % (depth, x)
    yield depth


print(list(nested(4)))
print([x for x in nested(3)])


def self_touching():
    me = yield "start"
    try:
        next(me)
    except ValueError as e:
        yield "ValueError %s" % e


st = self_touching()
print(next(st))
for x in [st.send(st)]:
    print(x)
for x in st:
    print("more", x)


def thrower():
    for i in range(3):
        try:
            yield i
        except KeyError:
            yield "handled"


t = thrower()
for x in t:
    print("loop", x)
    if x == 1:
        print("thrown", t.throw(KeyError("k")))
t = thrower()
for x in t:
    if x == 0:
        t.close()
    print("closed loop", x)


def inner_error():
    yield 1
    return 1 // 0


def outer():
    try:
        for x in inner_error():
            yield x
    except ZeroDivisionError as e:
        yield "outer caught %s" % e
    yield "outer end"


print(list(outer()))


def handled_inside():
    try:
        yield 1
        raise IndexError("inside")
    except IndexError as e:
        yield "inside handled %s" % e
    yield 3


print(list(handled_inside()))


def endless(n):
    for x in endless(n + 1):
        yield x
    yield n


try:
    for x in endless(0):
        pass
except RecursionError as e:
    print("RecursionError", type(e).__name__)
except RuntimeError as e:
    print("RecursionError", "RecursionError")
print("still works", sum(count(10)))


def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


log = []
for x in with_finally(log):
    pass
print(log)
try:
    for x in with_finally(log):
        raise OSError("body")
except OSError as e:
    print("OSError", e)

