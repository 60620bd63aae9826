# super() with zero arguments and with explicit (class, instance) arguments.
class A:
    def who(self):
        return "A"
    def greet(self, x):
        return "A.greet(%s)" % x
class B(A):
    def who(self):
        return "B>" + super().who()
    def greet(self, x):
        return "B:" + super().greet(x * 2)
class C(B):
    def who(self):
        return "C>" + super().who()
    def skip(self):
        return super(B, self).who()
c = C()
print(c.who(), c.greet(1), c.skip())
print(super(C, c).who(), super(B, c).who())
class Init:
    def __init__(self, v):
        self.v = v
class SubInit(Init):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
s = SubInit(1, 2)
print(s.v, s.w)
class Prop(A):
    @property
    def name(self):
        return "prop of " + super().who()
print(Prop().name)
class Cls(A):
    @classmethod
    def make(cls):
        return cls()
    def who(self):
        return "Cls>" + super().who()
print(Cls.make().who())
class ListLike(list):
    def append(self, x):
        super().append(x * 10)
l = ListLike()
l.append(1)
l.append(2)
print(l)
