# `obj.attr op= value` where obj is a local: the attribute is read and written on the object the
# local held before the value was computed, once each, through properties, __getattr__,
# __setattr__, __slots__ and in-place operators, as CPython does.


class Plain:
    def __init__(self):
        self.n = 1
        self.items = [1]


class Logged:
    def __init__(self):
        object.__setattr__(self, "n", 10)

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


class Prop:
    def __init__(self):
        self._n = 5

    @property
    def n(self):
        print("property get")
        return self._n

    @n.setter
    def n(self, value):
        print("property set", value)
        self._n = value


class Fallback:
    def __getattr__(self, name):
        return 100


class Slotted:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 2


def bump(obj, other):
    obj.n += 1
    obj.n *= other.n
    obj.n -= other.n * 2 + 1
    return obj.n


for cls in (Plain, Logged, Prop, Fallback, Slotted):
    a, b = cls(), cls()
    print(cls.__name__, bump(a, b))


def lists(obj):
    alias = obj.items
    obj.items += [2]
    return alias is obj.items, obj.items


print(lists(Plain()))


def walrus(obj, other):
    # The value rebinds the local: the store goes to the object read first.
    obj.n += (obj := other).n
    return obj


first, second = Plain(), Plain()
second.n = 40
print(walrus(first, second) is second, first.n, second.n)


def missing(obj):
    obj.absent += 1


try:
    missing(Plain())
except AttributeError as e:
    print("AttributeError", e)


def unbound():
    if False:
        obj = None
    obj.n += 1


try:
    unbound()
except UnboundLocalError:
    print("UnboundLocalError")
