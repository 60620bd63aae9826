registry = []
class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        registry.append(cls.__name__)
class A(Plugin): pass
class B(Plugin): pass
print(registry)
class Base:
    def __init_subclass__(cls, tag="none"):
        cls.tag = tag
class Tagged(Base, tag="special"):
    pass
print(Tagged.tag)
def deco(cls):
    cls.extra = "added"
    return cls
@deco
class Decorated:
    pass
print(Decorated.extra)
class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
c1 = Counter(1); c2 = Counter(2)
print(Counter.instances, c2.v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
