def f(a, b=2):
    "doc string"
    return a + b
print(f.__name__, f.__doc__, f.__defaults__)
f.custom = "attr"
print(f.custom, hasattr(f, "custom"), getattr(f, "missing", None))
class C:
    def m(self):
        return self
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
obj = C()
bound = obj.m
print(bound() is obj, bound.__self__ is obj, bound.__func__ is C.m, C.s(), obj.s(), C.c(), obj.c())
print(callable(bound), type(bound).__name__ in ("method", "bound_method"))
print(obj.m == obj.m, C.m(obj) is obj)
