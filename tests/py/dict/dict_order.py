# Dicts keep insertion order, including after deletions and re-insertions.
d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
print(list(d), list(d.values()), list(d.items()))
d["alpha"] = 99
print(list(d))
del d["delta"]
print(list(d))
d["delta"] = 1
print(list(d))
for i in range(20):
    d["tmp%d" % i] = i
for i in range(0, 20, 2):
    del d["tmp%d" % i]
print(list(d))
d.pop("charlie")
d["charlie"] = 3
print(list(d)[-3:])
big = {}
for i in range(200):
    big[i] = i
for i in range(0, 200, 3):
    del big[i]
keys = list(big)
print(keys[:10], keys[-5:], len(keys), keys == sorted(keys))
big[0] = "back"
print(list(big)[-1], list(big)[0])
u = {"b": 1}
u.update({"a": 2, "b": 3})
u.update(c=4)
print(list(u.items()))
print(list({3: 0, 1: 0, 2: 0}), list(dict.fromkeys("hello")))
x = {"k%d" % i: i for i in range(10, 0, -1)}
print(list(x)[:4], list(x.values())[-3:])
