# A FIFO queue built from two stacks, and a min-stack with O(1) minimum.
class Queue:
    def __init__(self):
        self.inbox, self.outbox = [], []
    def put(self, v):
        self.inbox.append(v)
    def get(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        if not self.outbox:
            raise IndexError("get from empty queue")
        return self.outbox.pop()
    def __len__(self):
        return len(self.inbox) + len(self.outbox)
q = Queue()
for i in range(3):
    q.put(i)
out = [q.get()]
q.put(3)
q.put(4)
while len(q):
    out.append(q.get())
print(out)
try:
    q.get()
except IndexError as e:
    print("IndexError", e)
class MinStack:
    def __init__(self):
        self.items, self.mins = [], []
    def push(self, v):
        self.items.append(v)
        self.mins.append(v if not self.mins else min(v, self.mins[-1]))
    def pop(self):
        self.mins.pop()
        return self.items.pop()
    def min(self):
        return self.mins[-1]
s = MinStack()
trace = []
for v in [5, 3, 7, 3, 1, 8]:
    s.push(v)
    trace.append(s.min())
while s.items:
    trace.append((s.pop(), s.min() if s.items else None))
print(trace)
