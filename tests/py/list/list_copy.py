# Shallow copies versus aliases.
a = [1, [2, 3], {"k": 4}]
b = a
c = a[:]
d = list(a)
e = a.copy()
f = list(a)
a.append(5)
print(a, b, c, d, e, f, sep="\n")
a[1].append(99)
print(c[1], d[1], e[1], f[1])
print(c[1] is a[1], e[2] is a[2], c is a, b is a)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
orig = [1, 2, 3]
copy = orig.copy()
copy[0] = "changed"
print(orig, copy)
deep = [[i, [i * 2]] for i in range(2)]
manual = [[x[0], x[1][:]] for x in deep]
manual[0][1].append("new")
print(deep, manual)
empty = []
print(empty.copy(), empty.copy() is empty)
t = (1, 2)
print(list(t), list(t) is not t)
