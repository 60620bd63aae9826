# One call site meeting every kind of callee in turn: the loop binds the common call (positional
# arguments matching the parameters) by copy and sends every other kind elsewhere, so each kind
# must still bind, default, raise and return as before, whatever the site saw first.


def plain(a, b):
    c = a + b
    return c


def with_locals(a, b):
    # Locals past the parameters start unbound, even when an earlier frame left values there.
    if a > 100:
        late = a
    try:
        return late
    except NameError as e:
        return "unbound: " + type(e).__name__


def with_default(a, b=10):
    return a * b


def with_star(a, *rest):
    return (a, rest)


def with_kwonly(a, b, *, k=5):
    return a - b - k


def with_kwargs(a, b, **kw):
    return (a, b, sorted(kw.items()))


def captured(a, b):
    def inner():
        return a + b
    return inner()


def make_adder(n):
    def add(a, b):
        return a + b + n
    return add


def gen(a, b):
    yield a
    yield b


async def coro(a, b):
    return a + b


adder = make_adder(100)
callees = [plain, with_locals, with_default, with_star, with_kwonly, with_kwargs, captured, adder, gen, coro]


def call_two(f, x, y):
    return f(x, y)


def describe(result):
    if type(result).__name__ == "generator":
        return "generator " + repr(list(result))
    if type(result).__name__ == "coroutine":
        try:
            result.send(None)
        except StopIteration as stop:
            return "coroutine " + repr(stop.value)
    return repr(result)


for round_ in range(3):
    for f in callees:
        try:
            print(f.__name__, describe(call_two(f, 3, 4)))
        except TypeError as e:
            print(f.__name__, "TypeError", e)

# with_locals after a call that filled the same stack region with values.
print(plain(1000, 2000), with_locals(1, 2))
print(with_locals(500, 2))
print(with_kwonly(1, 2, k=3), with_kwargs(1, 2, z=3, y=4))


# Wrong argument counts at a site that first saw the right count.
def two(a, b):
    return a + b


def call_args(*args):
    return two(*args) if len(args) != 2 else two(args[0], args[1])


for args in [(1, 2), (1,), (1, 2, 3), (), (5, 6)]:
    try:
        print(args, call_args(*args))
    except TypeError as e:
        print(args, "TypeError", e)

for n in range(3):
    try:
        if n == 0:
            print(two(1, 2))
        elif n == 1:
            print(two(1))
        else:
            print(two(1, 2, 3))
    except TypeError as e:
        print("TypeError", e)


# Method calls through the same paths.
class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, a, b=1):
        return self.v + a + b

    def items(self, *more):
        return (self.v,) + more

    def gen(self):
        yield self.v


boxes = [Box(i) for i in range(3)]
for b in boxes:
    print(b.get(), b.add(10), b.add(10, 20), b.items(), b.items(1, 2), list(b.gen()))
    try:
        b.get(1)
    except TypeError as e:
        print("TypeError", e)


# Recursion deep enough to fill the frames ends in RecursionError (a RuntimeError), and the
# interpreter carries on with a clean stack.
def down(n):
    return down(n + 1) + 1


try:
    down(0)
except RuntimeError as e:
    print("RuntimeError caught:", isinstance(e, RuntimeError))
print(plain(2, 3), with_locals(2, 3))


# An exception raised in a callee unwinds to the caller's handler with the caller's locals intact.
def raiser(a, b):
    x = a // b
    return x


def guarded(a, b):
    keep = [a, b]
    try:
        return raiser(a, b)
    except ZeroDivisionError:
        return ("zero", keep)


for b in (2, 0, 3, 0):
    print(guarded(10, b))
