class A:
    x = 1
    def get(self):
        return self.x
class B(A):
    x = 2
print(A().get(), B().get(), A.get(B()), super(B, B()).get())
class R:
    def __repr__(self):
        return "R()"
print([R()], {1: R()}, (R(),), str(R()))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
    __hash__ = None
items = [Cmp(3), Cmp(1), Cmp(2)]
print([c.v for c in sorted(items)], min(items).v, Cmp(1) == Cmp(1), Cmp(1) != Cmp(2))
print(Cmp(2) > Cmp(1), Cmp(1) < Cmp(2))
try:
    Cmp(1) >= Cmp(1)
except TypeError:
    print("no >= defined")
try:
    hash(Cmp(1))
except TypeError:
    print("unhashable")
class WithClassVar:
    counter = 0
    def __init__(self):
        WithClassVar.counter += 1
        self.id = WithClassVar.counter
objs = [WithClassVar() for _ in range(3)]
print([o.id for o in objs], WithClassVar.counter)
class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    def make(self):
        return self.Inner()
print(Outer().make().hello(), Outer.Inner.__name__)
print(isinstance(1, object), isinstance(A, type), issubclass(type, object), type(type) is type)
