# classmethod receives the class; staticmethod receives nothing extra.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2000-1-2"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
d = MyDate.from_string("1999-12-31")
print(type(d).__name__, isinstance(d, Date))
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)
    @classmethod
    def count(cls):
        return len(cls.items)
print(Registry.add("a"), Registry().add("b"), Registry.count())
class Math:
    @staticmethod
    def add(a, b):
        return a + b
    double = staticmethod(lambda x: x * 2)
    def instance_uses_static(self):
        return self.add(1, 2) + Math.double(3)
print(Math.add(2, 3), Math().add(4, 5), Math.double(7), Math().instance_uses_static())
class Counter:
    n = 0
    @classmethod
    def incr(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.incr(), Counter.incr(), SubCounter.incr(), Counter.n, SubCounter.n)
