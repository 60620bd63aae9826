# Passing arguments by keyword in any order, mixed with positional ones.
def describe(name, age, city="?"):
    return "%s/%d/%s" % (name, age, city)
print(describe("ann", 30), describe(age=25, name="bob"), describe("cy", city="x", age=5))
print(describe("dee", 40, "y"), describe(city="z", name="ed", age=1))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=0, b=9), kwonly(a=5, b=6))
def after_args(*args, sep="-"):
    return sep.join(map(str, args))
print(after_args(1, 2, 3), after_args(1, 2, sep="+"), after_args())
def kwargs_only(**kw):
    return sorted(kw.items())
print(kwargs_only(), kwargs_only(x=1, y=2))
def all_kinds(a, b=2, *rest, key, opt=None, **extra):
    return a, b, rest, key, opt, extra
print(all_kinds(1, key="k"))
print(all_kinds(1, 2, 3, 4, key="k", opt=0, z=26))
print(all_kinds(key="first", a=0))
for bad in ["kwonly(1, 2)", "kwonly(1)", "describe('a')", "describe('a', 1, name='b')",
            "describe('a', 1, bogus=1)", "kwargs_only(1)", "all_kinds(1, 2)"]:
    try:
        eval(bad)
        print(bad, "no error")
    except TypeError:
        print(bad, "TypeError")
