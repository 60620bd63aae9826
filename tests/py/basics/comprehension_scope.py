x = "outer"
lst = [x for x in range(3)]
print(x, lst)
gen = (y * 2 for y in range(3))
print(list(gen))
print([[j for j in range(i)] for i in range(4)])
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print([(a, b) for a in range(3) for b in range(a)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([c.upper() for c in "abc" if c != "b"])
class K:
    base = 10
    values = [base + 1 for _ in range(1)] if False else None
print(K.values)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print(sum(i * i for i in range(10)), max((len(w), w) for w in "a bb ccc".split()))
print(list(map(lambda p: p[0] + p[1], zip([1, 2], [3, 4]))))
