# In-place operators use __iadd__ etc. when present, else fall back to __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __add__(self, other):
        print("__add__")
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other.items)
        return self
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Plain(self.v + other)
    def __mul__(self, other):
        return Plain(self.v * other)
b = Bag([1])
alias = b
b += Bag([2])
print(b.items, b is alias)
c = b + Bag([3])
print(c.items, c is b)
p = Plain(1)
alias_p = p
p += 5
print(p.v, p is alias_p, alias_p.v)
p *= 3
print(p.v)
class Weird:
    def __iadd__(self, other):
        return "replaced"
w = Weird()
w += 1
print(w)
class Counter:
    def __init__(self):
        self.n = 0
    def __isub__(self, k):
        self.n -= k
        return self
    def __imul__(self, k):
        self.n *= k
        return self
    def __ior__(self, k):
        self.n |= k
        return self
ct = Counter()
ct -= 3
ct *= -4
ct |= 1
print(ct.n)
l = [1]
t = (l,)
l += [2]
print(t)
