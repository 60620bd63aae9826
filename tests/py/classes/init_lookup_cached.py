# Creating an instance looks __init__ and __new__ up once per class version: rebinding, deleting
# or adding either one, on the class or on a base, must be seen by the next call.
class A:
    def __init__(self, x):
        self.x = x


class B(A):
    pass


def make():
    return A(1).x, B(2).x


print(make())
A.__init__ = lambda self, x: setattr(self, "x", x * 10)
print(make())


def negate(self, x):
    self.x = -x


A.__init__ = negate
print(make())
B.__init__ = lambda self, x: setattr(self, "x", "B")
print(make())
del B.__init__
print(make())


class D:
    def __init__(self, x):
        self.x = x


def make_d():
    return D(7)


print(make_d().x)
D.__new__ = lambda cls, x: "made by __new__"
print(make_d())


class C:
    pass


print(type(C()).__name__)
C.__init__ = negate
print(C(5).x)
try:
    C()
except TypeError as e:
    print("TypeError", e)


class G:
    def __init__(self):
        yield 1


for _ in range(2):
    try:
        G()
    except TypeError as e:
        print("TypeError", e)
G.__init__ = negate
print(G(3).x)
