# __new__ creates the instance before __init__ runs.
class Tracked:
    created = []
    def __new__(cls, *args):
        inst = super().__new__(cls)
        Tracked.created.append(cls.__name__)
        return inst
    def __init__(self, v):
        self.v = v
class Sub(Tracked):
    pass
a, b = Tracked(1), Sub(2)
print(a.v, b.v, Tracked.created, type(b).__name__)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance
s1, s2 = Singleton(), Singleton()
s1.count += 1
print(s1 is s2, s2.count)
class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(NotInit())
class Cached:
    cache = {}
    def __new__(cls, key):
        if key in cls.cache:
            return cls.cache[key]
        inst = super().__new__(cls)
        cls.cache[key] = inst
        return inst
    def __init__(self, key):
        self.key = key
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), len(Cached.cache))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x(), p[1], len(p), isinstance(p, tuple), p == (3, 4))
