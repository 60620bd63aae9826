# keys(), values() and items() views: iteration, length, membership, liveness.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(list(k), list(v), list(i), len(k), len(v), len(i))
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in i, ("a", 2) in i)
d["d"] = 4
print(list(k), list(v), list(i))
del d["a"]
print(list(k), len(i))
for key in d.keys():
    print(key, end=" ")
print()
for key, val in d.items():
    print(key, val, end="; ")
print()
print(sorted(d.values()), sum(d.values()), max(d.items()))
print(list(zip(d.keys(), d.values())) == list(d.items()))
print(len(d.keys()) == len(d), list(d.values())[0])
print(list(reversed(list(d.keys()))), sorted(d.keys(), reverse=True))
e = {}
print(list(e.keys()), list(e.values()), list(e.items()))
print(set(d.keys()) == {"b", "c", "d"}, sorted(set(d.values())))
it = iter(d.items())
print(next(it), next(it))
print([k for k, v in d.items() if v % 2 == 0])
