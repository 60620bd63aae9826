# Functions defined inside functions see enclosing variables.
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner(3)
    return middle(2)
print(outer(1))
def make_ops(base):
    def add(n):
        return base + n
    def mul(n):
        return base * n
    return add, mul
a, m = make_ops(10)
print(a(5), m(5))
def recurse_inner(n):
    def helper(k):
        if k == 0:
            return [0]
        return helper(k - 1) + [k]
    return helper(n)
print(recurse_inner(4))
def counter_factory():
    count = [0]
    def bump():
        count[0] += 1
        return count[0]
    return bump
c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(), c2(), c1())
def shadow():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(shadow())
def defaults_from_enclosing(v):
    def inner(k=v * 2):
        return k
    return inner
print(defaults_from_enclosing(4)(), defaults_from_enclosing(4)(1))
def redefined():
    def f():
        return 1
    first = f()
    def f():
        return 2
    return first, f()
print(redefined())
