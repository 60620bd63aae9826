# How % treats tuples, single values and mappings.
print("%s" % (1,), "%s" % ((1, 2),), "%s %s" % (1, (2, 3)))
print("%r" % ((),), "%s" % [(1, 2)], "%s" % {"k": (1,)})
t = (1, 2)
try:
    print("%s" % t)
except TypeError:
    print("TypeError: tuple spreads into two arguments")
print("%s" % (t,), "%d-%d" % t)
print("%s and %s" % tuple(["a", "b"]))
print("%(x)s %(x)s %(y)d" % {"x": "rep", "y": 7})
print("%(key)r" % {"key": [1, "a"]})
class Mapping(dict):
    pass
print("%(a)s" % Mapping(a="from subclass"))
print("%s" % "%s", "%%s" % (), "%s%%" % 5)
s = "%s=%d"
pairs = [("a", 1), ("b", 2)]
print(", ".join(s % p for p in pairs))
print("%-10s|%10s|" % ("l", "r"))
print("%s" % None, "%s" % 0.1, "%s" % 1e16, "%r" % 1e-7)
