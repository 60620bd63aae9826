# Subclassing list: extra methods, overridden methods, and built-in behaviour kept.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, sorted(Stack([3, 1, 2])), sum(s))
class Logged(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []
    def append(self, x):
        self.log.append(x)
        super().append(x)
l = Logged([5])
l.append(6)
l.append(7)
print(l, l.log, len(l), l[0], l[-1], 6 in l)
for x in Logged("ab"):
    print(x, end=" ")
print()
class Sorted(list):
    def add(self, x):
        self.append(x)
        self.sort()
ss = Sorted()
for v in [5, 1, 4, 2]:
    ss.add(v)
print(ss, ss[1:3], ss == [1, 2, 4, 5], list(reversed(ss)))
class WithAttr(list):
    pass
w = WithAttr([1, 2])
w.name = "tagged"
print(w.name, w, w * 2)
