# Using dict views in loops and conversions while the dict changes between uses.
inventory = {"apple": 3, "pear": 0, "plum": 7}
keys = inventory.keys()
values = inventory.values()
items = inventory.items()
print(len(keys), sum(values), sorted(items))
inventory["fig"] = 2
print(len(keys), sum(values), list(keys)[-1])
for k in list(keys):
    if inventory[k] == 0:
        del inventory[k]
print(list(keys), list(values))
print("plum" in keys, 7 in values, ("fig", 2) in items, ("fig", 3) in items)
print(sorted(keys), sorted(values, reverse=True), max(items, key=lambda kv: kv[1]))
print([k.upper() for k in keys], {v: k for k, v in items})
it = iter(items)
print(next(it), next(it))
e = {}
print(list(e.keys()), list(e.values()), list(e.items()), len(e.items()))
print(list(zip(inventory.keys(), inventory.values())) == list(inventory.items()))
