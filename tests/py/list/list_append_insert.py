# append, extend and insert, including negative and out-of-range positions.
l = []
l.append(1)
l.append([2])
l.append((3,))
print(l, len(l))
l.extend([4, 5])
l.extend((6,))
l.extend("ab")
l.extend(range(2))
l.extend({"k": 0})
print(l)
l.extend([])
print(len(l))
m = [1, 2, 3]
m.insert(0, "a")
print(m)
m.insert(2, "b")
print(m)
m.insert(len(m), "end")
print(m)
m.insert(100, "far")
print(m)
m.insert(-1, "neg1")
print(m)
m.insert(-100, "farneg")
print(m)
n = [0]
n.extend(n)
print(n)
n.append(n[:])
print(n)
g = []
g.extend(x * x for x in range(4))
print(g)
try:
    g.extend(5)
except TypeError:
    print("TypeError extend int")
try:
    g.append()
except TypeError:
    print("TypeError append no args")
r = g.append(9)
print(r, g)
