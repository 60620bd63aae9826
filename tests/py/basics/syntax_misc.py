x = y = z = 0
a = b = [1]
a.append(2)
print(x, y, z, b, a is b)
n = 0x_ff + 0o17 + 0b1010 + 1_000
print(n, 1_0.5, 1e1_0 if False else "skip")
if True: print("one-liner"); print("two")
i = 0
while i < 3: i += 1
print(i)
def f(): return "short"
class C: pass
print(f(), C.__name__)
s = ("implicit"
     " concatenation"
     f" {1 + 1}")
print(s)
t = 1,
print(t, type(t).__name__)
print(((1)), (1,), [(1)], {1})
values = [1, 2, 3]
values[0], values[2] = values[2], values[0]
print(values)
obj = type("O", (), {})()
obj.a = obj.b = 5
print(obj.a, obj.b)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 1
print(d)
print(not 1 == 2, -2 ** 2, (-2) ** 2, 2 * 3 ** 2, 1 + 2 * 3 - 4 / 2, 7 // 2 * 2 + 7 % 2)
print(1 if 0 else 2 if 0 else 3, [x for x in range(5)][-1], "yes" * True)
print(isinstance(..., type(Ellipsis)), ... is Ellipsis)
