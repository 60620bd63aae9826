def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
for bad in ["f()", "f(1)", "g(x=1, y=2, z=3)", "f(1, 2, c=3, b=4)", "g(1, 2, 3)", "f(1, c=1, zz=2, **{'zz': 3})"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2))
def kwonly(*, a=1, b):
    return a, b
print(kwonly(b=2))
