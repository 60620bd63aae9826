def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def outer(x):
    def middle():
        def inner():
            return x * 2
        return inner()
    return middle()
print(outer(21))
def param_captured(v):
    def get():
        return v
    v = v + 1
    return get()
print(param_captured(1))
x = "global"
def shadow():
    x = "local"
    def peek():
        return x
    return peek()
print(shadow(), x)
