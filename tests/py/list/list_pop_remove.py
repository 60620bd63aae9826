# pop, remove and clear.
l = list(range(10))
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
print(l.pop(3), l)
try:
    l.pop(100)
except IndexError:
    print("IndexError pop range")
l.remove(5)
print(l)
try:
    l.remove(42)
except ValueError:
    print("ValueError remove")
d = [1, 2, 1, 2, 1]
d.remove(1)
print(d)
d.remove(2)
print(d)
e = []
try:
    e.pop()
except IndexError:
    print("IndexError pop empty")
l.clear()
print(l, len(l))
x = [[1], [2]]
y = x
x.clear()
print(y)
stack = []
for i in range(3):
    stack.append(i)
while stack:
    print("pop", stack.pop())
q = ["a", "b", "c"]
while q:
    print("dequeue", q.pop(0))
vals = [1.0, 1, True]
vals.remove(1)
print(vals)
