# zip() stops at the shortest input and is lazy.
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([])))
print(list(zip(range(3), range(10, 13), range(20, 23))), list(zip("ab")))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
def gen(tag, n):
    for i in range(n):
        print("  produce", tag, i)
        yield i
print(list(zip(gen("a", 3), gen("b", 2))))
keys = ["x", "y"]
vals = [1, 2, 3]
for k, v in zip(keys, vals):
    print(k, v)
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
try:
    zip(1, [2])
except TypeError:
    print("TypeError")
a = [1, 2, 3, 4]
print(list(zip(a, a[1:])), list(zip(a[::2], a[1::2])))
