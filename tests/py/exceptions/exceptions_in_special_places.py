# Exceptions raised in __init__, properties, comprehensions, lambdas and default arguments.
class Fails:
    def __init__(self, ok):
        if not ok:
            raise ValueError("bad init")
        self.ok = ok
try:
    Fails(False)
except ValueError as e:
    print("init failed:", e)
print(Fails(True).ok)
class Prop:
    @property
    def broken(self):
        raise AttributeError("computed attribute failed")
p = Prop()
print(hasattr(p, "broken"), getattr(p, "broken", "fallback"))
try:
    [1 // x for x in (1, 0)]
except ZeroDivisionError:
    print("comprehension raised")
try:
    {k: 1 / k for k in range(2)}
except ZeroDivisionError:
    print("dict comprehension raised")
f = lambda: {}["nope"]
try:
    f()
except KeyError as e:
    print("lambda raised", e.args)
try:
    def g(x=1 / 0):
        return x
except ZeroDivisionError:
    print("default argument evaluation raised")
try:
    print("partial", [1, 2][5])
except IndexError:
    print("print never happened")
try:
    x = int("5") + int("five")
except ValueError:
    print("second conversion failed")
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 1))
except ZeroDivisionError:
    print("key function raised")
try:
    "".join(str(1 / n) for n in (2, 1, 0))
except ZeroDivisionError:
    print("generator inside join raised")
