# Strings are immutable; operations produce new strings.
s = "abc"
try:
    s[0] = "x"
except TypeError:
    print("TypeError item assignment")
try:
    del s[0]
except TypeError:
    print("TypeError item deletion")
try:
    s.append("d")
except AttributeError:
    print("AttributeError append")
t = s
s += "d"
print(s, t)
u = s.upper()
print(s, u)
r = s.replace("a", "z")
print(s, r)
l = list(s)
l[0] = "X"
print("".join(l), s)
print(s[:1] + "Y" + s[2:])
d = {s: 1}
print(d["abcd"])
cache = set()
cache.add("key")
cache.add("ke" + "y")
print(len(cache))
def modify(x):
    x += "!"
    return x
print(modify(s), s)
