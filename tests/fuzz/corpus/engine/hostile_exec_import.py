import sys
for args in [(None, 123), ({}, 123), ({}, []), (123,)]:
    try:
        exec("print(1)", *args)
    except TypeError:
        pass
class C:
    a = 1
for v in [C, C(), 5, None, "s"]:
    sys.modules["m"] = v
    try:
        exec("from m import *")
    except ImportError:
        pass
for body in [None, lambda: 0, lambda a: 0, print]:
    try:
        __build_class__(body, "x")
    except TypeError:
        pass
def g():
    return 5
    yield
def h(x):
    print((yield from x))
    y = yield from x
x = g()
list(x)
list(h(x))
