# Extended-slice (step != 1) assignment and deletion on lists.
m = list(range(10))
m[::2] = ["e"] * 5
print(m)
m[1::2] = [i * 10 for i in range(5)]
print(m)
m[::-3] = ["A", "B", "C", "D"]
print(m)
m[8:2:-2] = "xyz"
print(m)
try:
    m[::2] = [1, 2]
except ValueError:
    print("ValueError extended slice length")
m[::1] = [0, 1]
print(m)
l = list(range(12))
del l[::3]
print(l)
del l[1::2]
print(l)
del l[::-2]
print(l)
n = list(range(10))
del n[7:2:-2]
print(n)
o = list("abcdef")
del o[-1::-1]
print(o)
r = list(range(20))
del r[::5]
print(r, len(r))
s = list(range(6))
s[::-1] = s
print(s)
