# Methods and closures interacting: closures over self, methods returning closures.
class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0
    def handler(self):
        def on_click():
            self.clicks += 1
            return "%s clicked %d" % (self.label, self.clicks)
        return on_click
btn = Button("ok")
h = btn.handler()
print(h(), h(), btn.clicks)
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def make(self):
        return lambda x: x * self.factor
m = Multiplier(3)
f = m.make()
print(f(5))
m.factor = 10
print(f(5))
def class_factory(default):
    class Configured:
        value = default
        def get(self):
            return self.value
    return Configured
A = class_factory("a")
B = class_factory("b")
print(A().get(), B().get(), A.value)
def with_method_closure():
    secret = "hidden"
    class Holder:
        def reveal(self):
            return secret
    return Holder()
print(with_method_closure().reveal())
callbacks = {}
def on(event):
    def register(fn):
        callbacks[event] = fn
        return fn
    return register
@on("start")
def started():
    return "started!"
print(callbacks["start"](), sorted(callbacks))
