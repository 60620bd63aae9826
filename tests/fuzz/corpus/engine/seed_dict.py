d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 20
print(d, d.pop("a"), d.pop("zz", "none"), d)
print(d.setdefault("c", 99), d.setdefault("n", 5), d)
d.update({"x": 1}, y=2)
d.update([("w", 0)])
print(d, sorted(d), dict(a=1, b=2), dict([(1, 2)]), dict.fromkeys("ab", 0))
print({k: v for k, v in zip("abc", range(3))}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
c = d.copy()
c.clear()
print(c, d.popitem(), len(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
keys = d.keys()
d["late"] = 1
print("late" in keys, len(keys))
big = {i: i * i for i in range(1000)}
print(len(big), big[999], sum(big.values()))
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5])
print({1: "a", 1.0: "b", True: "c"})
