# Deleting contiguous slices.
l = list(range(12))
del l[2:4]
print(l)
del l[:1]
print(l)
del l[-2:]
print(l)
del l[100:]
print(l)
del l[1:2]
print(l)
del l[-3:-1]
print(l)
m = list(range(10))
del m[-100:2]
print(m)
del m[:]
print(m)
n = list("abcdef")
del n[3:]
print(n)
k = list(range(6))
del k[4:1]
print(k)
k2 = list(range(6))
del k2[1:-1]
print(k2)
words = "a b c d e f g".split()
del words[1:3], words[0]
print(words)
r = list(range(20))
while r:
    del r[:3]
print(r, len(r))
