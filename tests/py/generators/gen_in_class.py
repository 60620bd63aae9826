# Generators as methods, __iter__ as a generator, and generators holding state.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()), sum(t), max(t))
for d, v in t.depth_first():
    print("  " * d + str(v))
class Paginator:
    def __init__(self, items, size):
        self.items = items
        self.size = size
    def pages(self):
        for start in range(0, len(self.items), self.size):
            yield self.items[start:start + self.size]
print(list(Paginator(list(range(7)), 3).pages()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
cd = Countdown(3)
print(list(cd), list(cd), [x * y for x in cd for y in cd][:4])
