# A binary min-heap priority queue implemented by hand, used for scheduling.
class Heap:
    def __init__(self):
        self.items = []
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break
    def pop(self):
        a = self.items
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                small = i
                if l < len(a) and a[l] < a[small]:
                    small = l
                if r < len(a) and a[r] < a[small]:
                    small = r
                if small == i:
                    break
                a[i], a[small] = a[small], a[i]
                i = small
        return top
    def __len__(self):
        return len(self.items)
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7, 1]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
jobs = Heap()
seq = 0
for prio, name in [(2, "send"), (1, "join"), (3, "sleep"), (1, "blink"), (2, "log")]:
    jobs.push((prio, seq, name))
    seq += 1
order = []
while len(jobs):
    order.append(jobs.pop()[2])
print(order)
