# Recursive generators (permutations, tree walks) stopped part-way: closed, thrown into, or
# failing deep inside, with finally blocks reporting the order they run in; generator
# expressions binding free variables, defaults and keyword arguments.
log = []


def permutations(items, depth=0):
    try:
        if len(items) <= 1:
            yield list(items)
            return
        for i in range(len(items)):
            for rest in permutations(items[:i] + items[i + 1:], depth + 1):
                yield [items[i]] + rest
    finally:
        log.append(depth)


g = permutations([1, 2, 3, 4])
print(next(g), next(g), next(g))
g.close()
# Only the closed generator's own clean-up is certain here: the ones it was iterating are
# finalised when CPython drops them, and when the firmware's collector finds them.
print("closed", log.count(0), next(g, "finished"))
log.clear()
print(list(permutations([1, 2, 3]))[:4], sorted(log))
log.clear()

g = permutations([1, 2, 3, 4])
next(g)
try:
    g.throw(ValueError("deep"))
except ValueError as e:
    print("thrown out", e, log.count(0))
print(next(g, "finished"))
log.clear()


def walk(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from walk(sub)
    else:
        if tree == "boom":
            raise RuntimeError("bad leaf")
        yield tree


print(list(walk([1, [2, [3, [4]], 5], [[6]]])))
try:
    print(list(walk([1, [2, ["boom", 3]]])))
except RuntimeError as e:
    print("RuntimeError", e)
w = walk([1, [2, [3, [4, 5]]]])
print(next(w), next(w), next(w))
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("KeyError through yield from", e)
w = walk([1, [2, [3]]])
next(w)
w.close()
print(next(w, "after close"))


def catcher():
    # A generator that turns a thrown exception into a value and keeps going.
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught %s" % e


def delegate():
    r = yield from catcher()
    return r


d = delegate()
print(next(d), d.throw(ValueError("x")), next(d), d.throw(ValueError("y")))
d.close()


def stopper():
    yield 1
    raise StopIteration("inside")


try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass


ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError", e)


def keyword_gen(a, b=2, *rest, c, **kw):
    yield a, b, rest, c, sorted(kw.items())


print(next(keyword_gen(1, c=3)), next(keyword_gen(1, 5, 6, 7, c=8, z=9)))
try:
    keyword_gen(1)
except TypeError as e:
    print("TypeError", e)
try:
    permutations()
except TypeError as e:
    print("TypeError", e)


def counter(n):
    total = 0

    def cells():
        nonlocal total
        for i in range(n):
            total += i
            yield total
    return cells


print(list(counter(5)()))
base = 10
xs = [1, 2, 3]
print(list(x + base for x in xs), sum(x * y for x in xs for y in xs if x != y), set(x % 2 for x in xs))
gens = [(i * k for i in range(3)) for k in range(3)]
print([list(g) for g in gens])
g = (1 // x for x in (1, 0, 2))
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, next(g, "exhausted"))
print(len(set(v % 7 for v in range(10000))), list(permutations(list(range(5))))[-1])
