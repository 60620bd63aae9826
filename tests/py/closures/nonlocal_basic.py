# nonlocal rebinds a variable of the enclosing function.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
d = counter()
print(d(), c())
def outer():
    x = "start"
    def set_x(v):
        nonlocal x
        x = v
    def get_x():
        return x
    return set_x, get_x
s, g = outer()
print(g())
s("changed")
print(g())
def two_levels():
    v = 0
    def mid():
        def inner():
            nonlocal v
            v += 10
        inner()
        inner()
        return v
    return mid()
print(two_levels())
def accumulate():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add
acc = accumulate()
print(acc(5), acc(7), acc(-2))
def no_nonlocal():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(no_nonlocal())
def loop_closure():
    result = []
    n = 0
    def step():
        nonlocal n
        n += 2
        result.append(n)
    for _ in range(4):
        step()
    return result, n
print(loop_closure())
