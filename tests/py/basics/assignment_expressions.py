# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print(n)
vals = []
it = iter(data)
while (v := next(it, None)) is not None:
    vals.append(v * 2)
print(vals)
print([y for x in data if (y := x * x) > 10])
print((z := 5) + z)
print(z)
def f(a):
    return a + 1
r = [(w := f(i), w * 2) for i in range(3)]
print(r)
total = 0
print([total := total + x for x in [1, 2, 3, 4]])
print(total)
def g():
    if (m := 7) > 5:
        return m
print(g())
s = "key=value"
if (i := s.find("=")) >= 0:
    print(s[:i], s[i + 1:])
print((a := 1, b := 2), a, b)
