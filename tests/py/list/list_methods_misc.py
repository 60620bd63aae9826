# Less common list usage: sort with key=None, count of unhashables, index after mutation, clear via slice.
l = [3, 1, 2]
l.sort(key=None)
print(l)
l.sort(key=None, reverse=True)
print(l)
nested = [[1], [2], [1], [[1]]]
print(nested.count([1]), nested.index([2]), [1] in nested, [[1]] in nested)
m = list(range(5))
m[:] = []
print(m, len(m))
n = [1, 2, 3]
n[len(n):] = [4, 5]
n[:0] = [0]
print(n, n.index(4), n.pop(n.index(2)), n)
o = ["b", "a", "c"]
o2 = o
o += ["d"]
o.extend(o2[:1])
print(o, o2 is o)
p = [0] * 3
p[1] += 5
p[-1] -= 1
print(p, p * 0 == [], [p] * 2)
q = list("hello")
q.remove("l")
q.insert(q.index("l"), "L")
print("".join(q))
