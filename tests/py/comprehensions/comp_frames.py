# Comprehensions run in frames of their own: their names stay inside, they read the globals of the
# code that runs them, see the cells of the functions around them, nest, recurse, and raise
# through their caller.
import sys

k = "module k"
print([k for _ in range(1)], {x: k for x in range(2)}, sorted({k + str(x) for x in range(2)}))


def outer():
    k = "outer k"
    total = 0
    picks = [k + str(i) for i in range(2)]
    total += sum([i * i for i in range(4)])
    nested = [[x + y for y in range(3)] for x in range(3)]
    grid = [[(r, c) for c in range(2)] for r in range(2)]
    return picks, total, nested, grid


print(outer())


def counter():
    count = [0]

    def bump(step):
        count[0] += step
        return [count[0] * i for i in range(3)]

    return [bump(s) for s in (1, 2)], count[0]


print(counter())


class Holder:
    size = 3
    items = [i * 2 for i in range(size)]
    try:
        hidden = [size for _ in range(1)]
    except NameError as e:
        hidden = "NameError"


print(Holder.items, Holder.hidden)
space = {"k": 10}
exec("r = [x + k for x in range(3)]\ns = {x: k for x in 'ab'}", space)
print(space["r"], space["s"])
print([(lambda n: n + i)(1) for i in range(3)], [list(x for _ in range(2)) for x in range(2)])
print([x for x in range(5) if x % 2], [(x, y) for x in range(3) for y in range(x)])


def depth(n):
    return n if n == 0 else [depth(n - 1) for _ in range(1)][0] + 1


print(depth(50))


def forever(n):
    return [forever(n + 1) for _ in range(1)]


try:
    forever(0)
except RuntimeError as e:
    print("RuntimeError", isinstance(e, RuntimeError))
print([depth(3) for _ in range(2)])


def failing(items):
    return [10 // x for x in items]


try:
    failing([1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print([x for x in 5])
except TypeError as e:
    print("TypeError", e)
try:
    print({[]: 1 for _ in range(1)})
except TypeError as e:
    print("TypeError", e)
x = "kept"
print([x for x in range(2)], x)
garbage = [[bytearray(100) for _ in range(50)] for _ in range(40)]
print(len(garbage), sum(len(row) for row in garbage), sys.getrecursionlimit() > 0 if hasattr(sys, "getrecursionlimit") else True)
