# Tuples cannot change, but mutable items inside them can.
t = (1, [2, 3], {"k": 4})
try:
    t[0] = 9
except TypeError:
    print("TypeError item assignment")
try:
    del t[0]
except TypeError:
    print("TypeError item deletion")
t[1].append(99)
t[2]["new"] = 5
print(t)
try:
    t[1] += [100]
except TypeError:
    print("TypeError augmented item")
print(t)
u = t
t += (7,)
print(u, t, u is t)
orig = (1, 2)
copy = tuple(orig)
print(copy == orig, len(copy))
def f(*args):
    return args
r = f(1, 2)
print(r, type(r).__name__)
try:
    r.x = 1
except AttributeError:
    print("AttributeError")
print(tuple([1, 2]) + tuple("ab"), (0,) * 3)
