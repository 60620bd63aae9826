class Temp:
    count = 0
    def __init__(self, c):
        self._c = c
        Temp.count += 1
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def unit():
        return "C"
t = Temp(100)
print(t.c, t.f, Temp.from_f(212).c, Temp.unit(), t.unit(), Temp.count)
t.c = 0
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print(e)
try:
    t.f = 1
except AttributeError:
    print("read-only")
print(type(Temp.__dict__["c"]).__name__ if hasattr(Temp, "__dict__") else "property")
