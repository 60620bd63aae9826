# Chained assignment, swaps, and evaluation order of targets.
a = b = c = 5
print(a, b, c)
a = b = []
a.append(1)
print(a, b)
x, y = 1, 2
x, y = y, x
print(x, y)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
order = []
class Rec:
    def __setitem__(self, k, v):
        order.append(("set", k, v))
r = Rec()
def val(v):
    order.append(("val", v))
    return v
r[1] = r[2] = val("x")
print(order)
order.clear()
r[1], r[2] = val("p"), val("q")
print(order)
i = 0
arr = [0, 0, 0]
i = arr[i] = 2
print(i, arr)
n = m = 0
n += 1
print(n, m)
p, q = q, p = 1, 2
print(p, q)
