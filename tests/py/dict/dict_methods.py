# get, setdefault, pop, popitem, update, clear, copy and fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "default"), d.get("a", "unused"))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("a"), d.pop("zz", "fallback"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e.args)
print(d.popitem(), d)
print(d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError:
    print("KeyError popitem empty")
d.update({"x": 1})
d.update([("y", 2), ("z", 3)])
d.update(w=4)
d.update({"x": 10}, y=20)
print(d)
c = d.copy()
c["x"] = "changed"
print(d["x"], c["x"], c is not d)
d.clear()
print(d, c == d)
print(dict.fromkeys([1, 2, 3]), dict.fromkeys("ab", []))
shared = dict.fromkeys("pq", [])
shared["p"].append(1)
print(shared)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
try:
    {}.update(5)
except TypeError:
    print("TypeError update")
try:
    {}.update([1, 2])
except (TypeError, ValueError):
    print("error update bad pairs")
