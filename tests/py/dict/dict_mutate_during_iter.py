# Adding or removing keys while iterating a dict raises RuntimeError.
d = {"x": 1, "y": 2}
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError:
    print("RuntimeError on insert")
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        del d[k]
except RuntimeError:
    print("RuntimeError on delete")
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] + 100
print(d)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {"p": 1}
try:
    for k, v in d.items():
        d["q"] = v
except RuntimeError:
    print("RuntimeError via items")
print(sorted(d))
d = {"k": 1}
for v in d.values():
    d["k"] = v + 1
print(d)
