class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, len(m), m.total(), m[1:3], isinstance(m, list), type(m).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
d = MyDict(a=1)
print(d["a"], d["zz"], len(d))
class Str2(str):
    def shout(self):
        return self.upper() + "!"
s = Str2("hi")
print(s, s.shout(), s + "x", len(s), isinstance(s, str))
class Int2(int):
    def double(self):
        return self * 2
i = Int2(21)
print(i, i.double(), i + 1, isinstance(i, int))
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pt(3, 4)
print(p, p.x, p[1], len(p))
