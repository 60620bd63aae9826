# Attribute lookup order: instance dict, then class, then bases; methods vs data attributes.
class A:
    x = "A.x"
    def m(self):
        return "A.m"
class B(A):
    y = "B.y"
class C(B):
    x = "C.x"
obj = C()
print(obj.x, obj.y, obj.m(), C.x, B.x, A.x)
obj.x = "instance x"
print(obj.x, C.x)
del obj.x
print(obj.x)
A.x = "changed A.x"
print(B.x, C.x, B().x)
B.m = lambda self: "B.m patched"
print(obj.m(), A().m())
del B.m
print(obj.m())
obj.m = lambda: "instance callable"
print(obj.m(), C().m())
class Counter:
    instances = []
    def __init__(self, name):
        self.name = name
        Counter.instances.append(name)
Counter("a")
Counter("b")
print(Counter.instances, Counter("c").instances)
print(getattr(C, "x"), getattr(obj, "y"), hasattr(C, "m"), hasattr(A, "y"))
