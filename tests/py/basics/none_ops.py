# None behaves as a singleton without arithmetic or ordering.
print(None, repr(None), str(None), type(None).__name__)
print(None == None, None != None, None == 0, None == False, None == "")
print(bool(None), not None)
for op in ("+", "-", "*", "<", ">="):
    try:
        eval("None " + op + " 1")
    except TypeError:
        print("TypeError", op)
try:
    n = None
    n()
except TypeError:
    print("TypeError call")
try:
    None.x
except AttributeError:
    print("AttributeError")
try:
    n = None
    n[0]
except TypeError:
    print("TypeError subscript")
try:
    len(None)
except TypeError:
    print("TypeError len")
try:
    for i in None:
        pass
except TypeError:
    print("TypeError iter")
def g():
    return
def h():
    pass
print(g(), h(), [g(), h()])
print([None] * 3, (None,), {None: None})
print(None in [None], None in [], [1, None].count(None))
