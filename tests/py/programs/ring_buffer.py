# A fixed-size ring buffer class with overwrite, iteration and statistics.
class Ring:
    def __init__(self, size):
        self.data = [None] * size
        self.size = size
        self.start = 0
        self.count = 0
    def push(self, v):
        end = (self.start + self.count) % self.size
        self.data[end] = v
        if self.count < self.size:
            self.count += 1
        else:
            self.start = (self.start + 1) % self.size
    def pop(self):
        if not self.count:
            raise IndexError("empty ring")
        v = self.data[self.start]
        self.start = (self.start + 1) % self.size
        self.count -= 1
        return v
    def __len__(self):
        return self.count
    def __iter__(self):
        for i in range(self.count):
            yield self.data[(self.start + i) % self.size]
    def mean(self):
        return sum(self) / self.count if self.count else None
r = Ring(4)
for v in range(1, 7):
    r.push(v)
    print(v, list(r), len(r), r.mean())
print(r.pop(), r.pop(), list(r))
r.push(10)
r.push(11)
r.push(12)
print(list(r), max(r), min(r))
while len(r):
    r.pop()
try:
    r.pop()
except IndexError as e:
    print("IndexError", e)
print(r.mean(), list(r))
