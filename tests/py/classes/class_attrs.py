class C:
    """Docstring"""
    a = 1
    b = [a, a + 1]
    def m(self):
        return self.a
print(C.__name__, C.__doc__, C.b, C().m())
C.a = 5
print(C().m(), C.a)
c = C()
c.a = 7
print(c.m(), C.a)
del c.a
print(c.m())
print(type(C) is type, type(c) is C, C.__class__ is type, c.__class__ is C)
D = type("D", (C,), {"z": 3})
print(D.z, D().m(), D.__name__, D.__bases__ == (C,))
class Meta(type):
    def hello(cls):
        return "meta hello " + cls.__name__
class W(metaclass=Meta):
    pass
print(W.hello())
