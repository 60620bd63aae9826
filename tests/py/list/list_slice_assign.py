# Slice assignment: growing, shrinking, inserting, extended slices.
l = list(range(10))
l[2:5] = ["a", "b", "c"]
print(l)
l[2:5] = ["x"]
print(l)
l[2:3] = ["p", "q", "r", "s"]
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [100]
print(l)
l[3:3] = ["ins"]
print(l)
l[:] = [1, 2, 3]
print(l)
l[1:2] = []
print(l)
l[-1:] = (9, 9)
print(l)
l[5:] = [7]
print(l)
m = list(range(10))
m[2:8] = m[3:5]
print(m)
m[-3:-1] = ["neg"]
print(m)
n = [1, 2, 3]
n[1:2] = n
print(n)
o = [1, 2, 3, 4]
o[3:1] = ["between"]
print(o)
p = [0, 0, 0]
p[0:2] = ["x", "y"]
print(p)
q = [1, 2, 3]
q[-10:1] = [0]
print(q)
try:
    q[0:1] = 5
except TypeError:
    print("TypeError not iterable")
