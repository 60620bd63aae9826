# OrderedDict keeps insertion order; move_to_end and popitem(last) reorder and take from either end.
from collections import OrderedDict
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(list(od), list(od.values()), list(od.items()), len(od), "a" in od, od.get("q", 0))
od["a"] = 20
del od["z"]
od["z"] = 0
print(list(od.items()))
od.move_to_end("m")
print(list(od))
od.move_to_end("z", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
built = OrderedDict([("b", 1), ("a", 2)])
built.update({"c": 3})
print(list(built), isinstance(built, dict), dict(built) == {"a": 2, "b": 1, "c": 3})
try:
    OrderedDict().popitem()
except KeyError:
    print("KeyError empty")
try:
    built.move_to_end("missing")
except KeyError:
    print("KeyError missing")
