# Rich comparison methods, reflection of comparisons, and defaults.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return "V(%d)" % self.v
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == V(1), a != V(1), a == 1, a != 1)
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5)], key=lambda x: x.v), min(V(4), V(2)))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y)
print(y > x)
class Always:
    def __eq__(self, o):
        return True
print(Always() == 1, 1 == Always(), Always() != 1, [Always()] == [5])
class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
print(n1 == n1, n1 == n2, n1 != n2)
try:
    n1 < n2
except TypeError:
    print("TypeError no ordering")
class Ne:
    def __eq__(self, o):
        return "eq-result"
print(Ne() == 0, Ne() != 0)
print(V(1) in [V(0), V(1)], [V(1), V(2)].index(V(2)), [V(2), V(2)].count(V(2)))
