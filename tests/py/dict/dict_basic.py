# dict construction, lookup, assignment, deletion and membership.
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d, len(d))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict([("p", 1)], q=2))
print(dict(zip("abc", range(3))), dict.fromkeys("xy"), dict.fromkeys(["m", "n"], 0))
print({}, {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float"})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args, repr(e.args[0]))
try:
    del d["missing"]
except KeyError as e:
    print("KeyError del", e.args)
try:
    d[[1]] = 1
except TypeError:
    print("TypeError unhashable")
e = {}
e[1] = e.get(1, 0) + 1
e[1] = e.get(1, 0) + 1
print(e)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
print(bool({}), bool({0: 0}), type({}).__name__)
d2 = {1: "a", 1.0: "b", True: "c"}
print(d2)
print(list({"z": 1, "y": 2}), len({i: i for i in range(100)}))
