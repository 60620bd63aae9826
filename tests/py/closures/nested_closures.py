# Closures nested three levels deep, with cells at several levels.
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(2)(3), level1("x")("y")("z"))
def counter_tree():
    total = 0
    def branch():
        local = 0
        def leaf():
            nonlocal total, local
            total += 1
            local += 1
            return total, local
        return leaf
    return branch
b = counter_tree()
leaf_a = b()
leaf_b = b()
print(leaf_a(), leaf_a(), leaf_b(), leaf_a())
def adders():
    return [(lambda n: (lambda x: x + n))(n) for n in range(3)]
print([f(10) for f in adders()])
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80))
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def pipeline(*steps):
    def run(v):
        for s in steps:
            v = s(v)
        return v
    return run
print(pipeline(lambda v: v + 1, lambda v: v * 10, str)(4))
