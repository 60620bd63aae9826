# Identity tests with is / is not.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not True)
x = None
print(x is None, x is not None, x == None)
def f():
    pass
print(f() is None, f is f, type(f) is type(f))
print(type(1) is int, type("") is str, type([]) is list, type(None) is type(None))
print(int is int, str is not int)
class K:
    pass
k1, k2 = K(), K()
print(k1 is k1, k1 is k2, type(k1) is K, k1.__class__ is K)
d = {}
d["self"] = d
print(d["self"] is d)
l = [0]
l[0] = l
print(l[0] is l, l[0][0][0] is l)
t = (a, a)
print(t[0] is t[1], t[0] is a)
print(id(a) == id(b), id(a) == id(c))
e = ()
print(len(e), e == ())
s = "text"
s2 = s
print(s is s2)
