# Python functions called from native code (sorted's key, map, filter, min) and classes whose
# __init__ the dispatch loop runs: each frame starts with its arguments and every other local
# unbound, whatever the frame before it left on the stack.


def key_with_locals(x):
    if x > 100:
        big = x
    try:
        return (0, big)
    except NameError:
        return (1, x)


def pair(a, b):
    c = a * b
    return c


def closure_maker(n):
    def inner(x):
        spare = None
        return (x + n, spare)
    return inner


def gen_of(x):
    yield x
    yield -x


print(sorted([5, 300, 2, 150, 7], key=key_with_locals))
print(list(map(pair, [1, 2, 3], [4, 5, 6])))
print(list(map(closure_maker(10), [1, 2])))
print(list(filter(lambda v: v % 2, range(7))))
print(min([3, -9, 4], key=abs), max(["a", "ccc", "bb"], key=len))
print([list(g) for g in map(gen_of, [1, 2])])

# Wrong counts from native code raise as the direct call does.
for args in [([1], ), ([1], [2], [3])]:
    try:
        print(list(map(pair, *args)))
    except TypeError:
        print("TypeError")


class Point:
    def __init__(self, x, y=0):
        if x < 0:
            flag = True
        self.x = x
        self.y = y
        try:
            self.flag = flag
        except NameError:
            self.flag = False


pts = list(map(Point, [1, -2, 3]))
print([(p.x, p.y, p.flag) for p in pts])
pts = [Point(i) for i in range(-1, 2)] + [Point(5, y=6)]
print([(p.x, p.y, p.flag) for p in pts])
for args in [(), (1, 2, 3)]:
    try:
        Point(*args)
    except TypeError:
        print("TypeError")


# A class whose __init__ is replaced after instances were made; one that gains __slots__ base.
class Grows:
    def __init__(self, a):
        self.a = a


first = [Grows(i).a for i in range(3)]


def new_init(self, a, b=5):
    self.a = a + b


Grows.__init__ = new_init
print(first, [Grows(i).a for i in range(3)], Grows(1, 1).a)


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


class FromSlotted(Slotted):
    def __init__(self, a):
        super().__init__(a * 2)
        self.b = a


print([Slotted(i).a for i in range(3)], [(o.a, o.b) for o in map(FromSlotted, range(3))])
