# Classes nested in classes and in functions.
class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    class Config:
        level = 3
    def make_inner(self):
        return self.Inner()
o = Outer()
print(o.make_inner().hello(), Outer.Inner().hello(), Outer.Config.level, o.Config.level)
print(Outer.Inner.__name__, isinstance(o.make_inner(), Outer.Inner))
class Tree:
    class Node:
        def __init__(self, value, children=None):
            self.value = value
            self.children = children or []
        def total(self):
            return self.value + sum(c.total() for c in self.children)
    def __init__(self):
        N = Tree.Node
        self.root = N(1, [N(2, [N(4)]), N(3)])
print(Tree().root.total())
def factory(tag):
    class Tagged:
        def __init__(self, v):
            self.v = v
        def __repr__(self):
            return "%s:%r" % (tag, self.v)
    return Tagged
A = factory("a")
B = factory("b")
print(A(1), B(2), A is not B, A.__name__ == B.__name__)
class Enum:
    class Color:
        RED = 1
        GREEN = 2
    class Size:
        SMALL = "s"
print(Enum.Color.RED, Enum.Color.GREEN, Enum.Size.SMALL)
