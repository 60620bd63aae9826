# a op b for two instances of one class runs a.__op__(b) as a frame of the caller's loop; what the
# operator means must not change: NotImplemented, exceptions, recursion, the class changing under
# warm sites, and every operand pair that is not two instances of one class.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __sub__(self, o):
        if o.x == 0:
            return NotImplemented
        return V(self.x - o.x)

    def __mul__(self, o):
        if o.x < 0:
            raise ValueError("negative factor %d" % o.x)
        return V(self.x * o.x)

    def __rsub__(self, o):
        return "rsub must not run for one class"

    def __truediv__(self, o):
        return [self.x, o.x]

    def __pow__(self, o):
        return NotImplemented

    def __repr__(self):
        return "V(%r)" % self.x


def chain(n):
    total = V(0)
    for i in range(n):
        total = total + V(i)
    return total


print(chain(10), [V(i) - V(1) for i in range(3)], V(3) / V(4))
for i in range(3):
    try:
        print(V(5) - V(i - 1))
    except TypeError as e:
        print("TypeError", e)
for f in (V(2), V(-2)):
    try:
        print(V(3) * f)
    except ValueError as e:
        print("ValueError", e)
try:
    V(2) ** V(3)
except TypeError as e:
    print("TypeError", e)


# An exception caught inside the operator, one passing through several levels, a traceback line.
def outer(a, b):
    try:
        return a * b
    except ValueError:
        return "caught in outer"


print(outer(V(1), V(-1)), outer(V(2), V(2)))


# Recursion through an operator ends in RuntimeError (RecursionError in CPython), not a crash.
class Deep:
    def __add__(self, o):
        return o + self


try:
    Deep() + Deep()
except RuntimeError:
    print("RuntimeError")


# Different classes, subclasses and built-in operands keep the general path.
class W(V):
    def __rsub__(self, o):
        return "W.__rsub__ first"


print(V(5) - W(1), W(5) - V(1), W(2) + W(3))
try:
    V(1) + 1
except AttributeError as e:
    print("AttributeError", e)


# The class changes after its sites are warm.
def add(a, b):
    return a + b


print([add(V(i), V(i)) for i in range(3)])
V.__add__ = lambda self, o: "lambda add"
print(add(V(1), V(2)))
V.__add__ = staticmethod(lambda a, b: "static add")
try:
    print(add(V(1), V(2)))
except TypeError as e:
    print("TypeError", type(e).__name__)
del V.__add__
try:
    add(V(1), V(2))
except TypeError as e:
    print("TypeError", e)


class G:
    def __add__(self, o):
        yield 1


print(type(G() + G()).__name__)


# Operators with side effects on the operands, and a returned operand.
class Acc:
    def __init__(self):
        self.items = []

    def __or__(self, o):
        self.items.append(len(o.items))
        o.items.append("x")
        return self


a, b = Acc(), Acc()
for _ in range(3):
    r = a | b
print(r is a, a.items, b.items)
