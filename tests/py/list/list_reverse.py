# reverse in place, reversed() iterator and [::-1] copies.
l = [1, 2, 3, 4, 5]
l.reverse()
print(l)
print(list(reversed(l)), l[::-1], l)
e = []
e.reverse()
print(e, list(reversed([])))
one = [7]
one.reverse()
print(one)
r = reversed([1, 2, 3])
print(next(r), next(r), next(r), next(r, "end"))
print(type(l.reverse()).__name__)
m = [[1, 2], [3]]
m.reverse()
print(m, m[0] is not None)
s = list("abcdef")
s[1:5] = list(reversed(s[1:5]))
print("".join(s))
even = list(range(0, 10, 2))
print(list(reversed(even)), even[::-2], even[-2::-2])
for i, v in enumerate(reversed(["x", "y", "z"])):
    print(i, v)
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))))
alias = l
l.reverse()
print(alias is l, alias)
