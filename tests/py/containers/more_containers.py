d = {}
try:
    for k in {"a": 1, "b": 2}:
        d[k] = 1
    src = {"x": 1}
    for k in src:
        src["y"] = 2
except RuntimeError as e:
    print("RuntimeError", e)
l = [5, 3, 1, 4]
try:
    l.sort(key=lambda v: "a" if v == 3 else v)
except TypeError as e:
    print("TypeError")
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m, [row[1] for row in m], list(zip(*m)))
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
t = (1, 2)
u = t
u += (3,)
print(t, u)
print({i: [j for j in range(i)] for i in range(3)}, {x for x in "hello"} == set("helo"))
print([x * y for x in range(3) for y in range(3) if x != y])
print(list(range(10))[::3], list(range(10))[-1:-4:-1], [1, 2, 3][5:], [][:])
x = [1, 2, 3, 4, 5]
x[1:4] = []
print(x)
x[1:1] = [9, 9]
print(x)
del x[:]
print(x, len(x))
dd = dict.fromkeys(range(3))
print(dd, list(dd.items())[0], {**dd, 1: "one"})
print([(k, v) for k, v in sorted({"b": 1, "a": 2}.items())])
