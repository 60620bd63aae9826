# del on names, list items, slices, dict keys and attributes.
x = 1
del x
try:
    print(x)
except NameError:
    print("NameError")
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:4]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e.args)
class C:
    pass
o = C()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError:
    print("AttributeError")
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
try:
    del l[5]
except IndexError:
    print("IndexError")
def f():
    y = 3
    del y
    try:
        return y
    except NameError:
        return "local gone"
print(f())
