# Built-in functions and methods of built-in types, called at sites the loop sends straight to the
# native function: the errors for wrong counts, keywords and types, and the calls that must not
# take that path (bound methods, subclass instances, unbound methods on another type).
import math


class MyStr(str):
    def upper(self):
        return "MyStr.upper of " + str.upper(self)


class MyList(list):
    pass


def call(f, *args, **kw):
    # A TypeError's wording differs between versions; its kind is what matters here.
    try:
        return repr(f(*args, **kw))
    except TypeError:
        return "TypeError"
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


sites = [
    (len, ("abc",), {}),
    (len, (), {}),
    (len, ("a", "b"), {}),
    (len, (5,), {}),
    (abs, (-3,), {}),
    (ord, ("ab",), {}),
    (chr, (-1,), {}),
    (math.sqrt, (4.0,), {}),
    (math.sqrt, (2 ** 1000,), {}),
    (math.sqrt, (-1.0,), {}),
    (math.sqrt, ("4",), {}),
    (math.sqrt, (), {}),
    (math.sqrt, (1.0, 2.0), {}),
    (math.sin, (1e300,), {}),
    (math.cos, (float("inf"),), {}),
    (math.floor, (True,), {}),
    (str.upper, ("abc",), {}),
    (str.upper, (MyStr("sub"),), {}),
    (str.upper, (5,), {}),
    (str.upper, (), {}),
    (list.append, ([1], 2), {}),
    (list.append, (MyList([1]), 2), {}),
    (list.append, ((1,), 2), {}),
    (dict.get, ({"a": 1}, "a"), {}),
    (dict.get, ({"a": 1}, "b", 7), {}),
    ("abc".upper, (), {}),
    (MyStr("m").upper, (), {}),
]
for f, args, kw in sites:
    print(call(f, *args, **kw))

# Keyword arguments to built-ins that take none, and to ones that take some.
print(call(len, obj="abc"))
print(call(math.sqrt, x=4.0))
print(call(sorted, [3, 1, 2], reverse=True))
print(call(int, "ff", base=16))


# One site meeting built-ins, Python functions and classes in turn.
def py(a):
    return ("py", a)


class K:
    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return "K(%r)" % (self.a,)


for f in [len, py, K, str, math.sqrt, abs, py, K]:
    print(call(f, 9 if f in (math.sqrt, abs) else "xy"))


# __init__ at a class call site: its result, its errors and a raise inside it.
class ReturnsValue:
    def __init__(self):
        return 5


class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative")
        self.n = n


for cls, args in [(ReturnsValue, ()), (Raises, (1,)), (Raises, (-1,)), (Raises, ()), (Raises, (1, 2))]:
    try:
        o = cls(*args)
        print(type(o).__name__, vars(o))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
