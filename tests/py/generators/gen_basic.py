# Generator functions produce values lazily with yield.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, "done"))
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
def trace():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
t = trace()
print("created")
print(next(t))
print(next(t))
try:
    next(t)
except StopIteration:
    print("StopIteration")
try:
    next(t)
except StopIteration:
    print("StopIteration again")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def with_return():
    yield 1
    return "result"
w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
gen = count_up(4)
print(iter(gen) is gen, list(gen), list(gen))
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
print(list(evens(range(11))), max(evens([3, 8, 6])))
