# Mixin classes adding behaviour through multiple inheritance.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, getattr(self, k)) for k in self.fields)
        return "%s(%s)" % (type(self).__name__, fields)
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, k) == getattr(other, k) for k in self.fields)
    def __hash__(self):
        return hash(tuple(getattr(self, k) for k in self.fields))
class OrderMixin:
    def __lt__(self, other):
        return tuple(getattr(self, k) for k in self.fields) < tuple(getattr(other, k) for k in self.fields)
class Point(ReprMixin, EqMixin, OrderMixin):
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Version(ReprMixin, OrderMixin):
    fields = ("major", "minor")
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
pts = [Point(2, 1), Point(1, 5), Point(1, 2), Point(2, 1)]
print(pts, sorted(pts), len(set(pts)), Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
print(sorted([Version(1, 17), Version(1, 2), Version(0, 9)]), Version(1, 0) == Version(1, 0))
class LoggingMixin:
    def log(self, msg):
        self.messages = getattr(self, "messages", [])
        self.messages.append("[%s] %s" % (type(self).__name__, msg))
class Sensor(LoggingMixin, ReprMixin):
    fields = ("name",)
    def __init__(self, name):
        self.name = name
        self.log("created")
    def read(self):
        self.log("read")
        return 42
s = Sensor("temp")
s.read()
print(s, s.messages, isinstance(s, LoggingMixin))
