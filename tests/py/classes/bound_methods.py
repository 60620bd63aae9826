# Bound and unbound methods, and methods stored as values.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="hi"):
        return greeting + " " + self.name
a, b = Greeter("ann"), Greeter("bob")
m = a.greet
print(m(), m("hello"), Greeter.greet(b), Greeter.greet(b, "yo"))
methods = [a.greet, b.greet]
print([f() for f in methods])
print(callable(m), m() == a.greet())
callbacks = {"a": a.greet, "b": b.greet}
a.name = "ANN"
print(callbacks["a"](), callbacks["b"]("hey"))
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
inc = c.inc
for _ in range(3):
    inc()
print(c.n, list(map(lambda f: f(), [c.inc, c.inc])))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, ["x", "y"])))
class WithFuncAttr:
    pass
def standalone(self):
    return "standalone " + type(self).__name__
WithFuncAttr.method = standalone
w = WithFuncAttr()
print(w.method(), WithFuncAttr.method(w))
w.instance_fn = lambda: "instance functions are not bound"
print(w.instance_fn())
