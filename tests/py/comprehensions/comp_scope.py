# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
i = "unchanged"
squares = [i * i for i in range(4)]
print(squares, i)
total = sum(j for j in range(5))
try:
    j
    print("leaked")
except NameError:
    print("j not defined")
data = [1, 2, 3]
print([x + len(data) for x in data])
def outer():
    n = 10
    return [n + k for k in range(3)], {n: k for k in range(1)}, sorted({n * k for k in range(2)})
print(outer())
def uses_param(limit):
    return [v for v in range(limit) if v < limit // 2]
print(uses_param(8))
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs2 = [lambda k=k: k for k in range(3)]
print([f() for f in funcs2])
class Holder:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(Holder.doubled)
x = [[1, 2], [3, 4]]
print([x for x in x for x in x])
acc = []
res = [acc.append(v) for v in "ab"]
print(res, acc)
