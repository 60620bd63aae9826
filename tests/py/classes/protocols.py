class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class Idx:
    def __index__(self):
        return 2
print([1, 2, 3][Idx()], "abc"[Idx()], hex(Idx()), range(10)[Idx()])
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        return "$%.2f" % (self.c / 100) if spec == "" else format(self.c, spec)
    def __str__(self):
        return "Money"
print(f"{Money(1234)}", "{:x}".format(Money(255)), str(Money(1)))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
a = Acc()
a += 1
a += 2
print(a.items)
class Base:
    def __add__(self, o):
        return "Base.add"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), 1 + Derived() if hasattr(Derived, "__radd__") else None)
class Hashless:
    def __eq__(self, o):
        return True
try:
    hash(Hashless())
except TypeError as e:
    print("TypeError", e)
class Truthy:
    def __len__(self):
        return 0
print(bool(Truthy()), "yes" if Truthy() else "no")
