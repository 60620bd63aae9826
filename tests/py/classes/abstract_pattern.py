# Abstract-method pattern with NotImplementedError, and template methods.
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return "%s area=%.2f" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Broken(Shape):
    pass
for s in [Rect(2, 3), Circle(1), Broken()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError))
class Plugin:
    registry = []
    name = None
    def run(self):
        return self.name + ":" + self.execute()
    def execute(self):
        raise NotImplementedError
class Echo(Plugin):
    name = "echo"
    def execute(self):
        return "echo!"
class Upper(Plugin):
    name = "upper"
    def execute(self):
        return "UP"
print([p().run() for p in (Echo, Upper)])
try:
    Plugin().execute()
except NotImplementedError as e:
    print(type(e).__name__, e.args)
