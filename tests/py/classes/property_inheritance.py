# Properties are inherited, can be overridden, and can call the parent property via super().
class Base:
    def __init__(self):
        self._v = 1
    @property
    def value(self):
        return self._v
    @value.setter
    def value(self, v):
        self._v = v
    @property
    def label(self):
        return "base:%s" % self.value
class Doubling(Base):
    @property
    def value(self):
        return self._v * 2
    @value.setter
    def value(self, v):
        self._v = v
class Labelled(Base):
    @property
    def label(self):
        return "child(" + super().label + ")"
b, d, l = Base(), Doubling(), Labelled()
print(b.value, d.value, l.value, b.label, d.label, l.label)
b.value = 5
d.value = 5
l.value = 5
print(b.value, d.value, l.value, d.label, l.label)
class ReadOnlyChild(Base):
    @property
    def value(self):
        return "fixed"
r = ReadOnlyChild()
try:
    r.value = 3
except AttributeError:
    print("AttributeError: override without setter is read-only")
print(r.value, r.label)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
class Square(Computed):
    def __init__(self, s):
        super().__init__(s, s)
print(Computed(2, 3).area, Square(4).area, isinstance(Computed.area, property))
