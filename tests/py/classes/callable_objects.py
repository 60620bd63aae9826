# Instances with __call__ behave like functions.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), list(map(add5, [1, 2])))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, *values, scale=1):
        for v in values:
            self.total += v * scale
        return self.total
acc = Accumulator()
print(acc(1, 2, 3), acc(10, scale=2), acc())
class NotCallable:
    pass
print(callable(NotCallable()), callable(lambda: 0), callable(print), callable("s"))
try:
    NotCallable()()
except TypeError:
    print("TypeError not callable")
class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def reg(fn):
            self.handlers[name] = fn
            return fn
        return reg
    def __call__(self, name, *args):
        return self.handlers[name](*args)
dispatch = Dispatcher()
@dispatch.on("sum")
def _sum(*a):
    return sum(a)
@dispatch.on("neg")
def _neg(x):
    return -x
print(dispatch("sum", 1, 2, 3), dispatch("neg", 5))
print(sorted([3, 1, 2], key=Adder(-10)))
class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in self.fns:
            x = f(x)
        return x
print(Compose(add5, Adder(1), str)(0))
