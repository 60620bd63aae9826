# Subclassing int and str keeps their values and operators.
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), c + 1, isinstance(c, float), type(c + 1).__name__)
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
    def __repr__(self):
        return "MyInt(%d)" % int(self)
m = MyInt(21)
print(m, m.double(), m + 1, m * 2, m == 21, m < 22, hash(m) == hash(21))
print(isinstance(m, int), int(m), str(int(m)), [0, 1, 2][MyInt(1)])
print({21: "found"}[m], sorted([MyInt(3), 1, MyInt(2)]))
class Tag(str):
    def wrap(self):
        return "<" + self + ">"
t = Tag("b")
print(t, t.wrap(), t.upper(), len(t), t == "b", isinstance(t, str), t + "x")
print({t: 1}["b"], "b" in [t], t * 3, Tag("a b").split())
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("shout")
print(u, len(u), u.lower(), type(u).__name__)
class Flags(int):
    def has(self, bit):
        return bool(self & bit)
f = Flags(0b101)
print(f.has(1), f.has(2), f.has(4), f | 2, bin(f))
