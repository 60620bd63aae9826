class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
with CM("d") as d, CM("e") as e:
    print(d, e)
def f():
    with CM("f"):
        return "returned"
print(f())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
