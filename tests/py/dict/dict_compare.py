# Equality of dicts ignores order; ordering comparisons are not supported.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, a == {"x": 1}, a == {"x": 1, "y": 2.0}, {} == {})
print({1: [1, 2]} == {1: [1, 2]}, {1: {2: 3}} == {1: {2: 3}}, {1: 1} == {1.0: True})
try:
    a < b
except TypeError:
    print("TypeError <")
try:
    a > b
except TypeError:
    print("TypeError >")
print(a == [("x", 1), ("y", 2)], a == dict([("x", 1), ("y", 2)]))
print(sorted(a.keys()) == sorted(b.keys()), list(a.keys()) == list(b.keys()))
c = dict(a)
c["z"] = 3
print(a == c, len(c) > len(a))
del c["z"]
print(a == c)
print({1: 2} == {1: 2}, {"k": None} == {"k": None}, {"k": 0} == {"k": False})
