# Call-site unpacking with *iterables and **mappings, several at once.
def f(a, b, c, d=0, e=0):
    return (a, b, c, d, e)
print(f(*[1, 2, 3]), f(*(1, 2), 3), f(1, *"bc"), f(*range(5)))
print(f(**{"a": 1, "b": 2, "c": 3}), f(1, **{"b": 2, "c": 3, "e": 5}))
print(f(*[1, 2], **{"c": 3, "d": 4}), f(*[1], *[2], *[3]), f(1, *[2], 3, *[4]))
print(f(**{"a": 1}, **{"b": 2}, c=3), f(*[1, 2], c=3, **{"e": 9}))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(*[], **{}), g(*"ab", *"cd", x=1, **{"y": 2}))
gen = (i * i for i in range(3))
print(g(*gen))
print(g(*{"k1": 1, "k2": 2}))
for bad in ["f(*[1, 2])", "f(*[1, 2, 3, 4, 5, 6])", "f(1, **{'a': 2, 'b': 3, 'c': 4})",
            "f(*5)", "f(**[1])", "f(1, 2, 3, **{'z': 1})"]:
    try:
        eval(bad)
        print(bad, "ok")
    except TypeError:
        print(bad, "TypeError")
args = [1, 2, 3]
kwargs = {"e": 5}
print(f(*args, **kwargs), args, kwargs)
print(max(*[3, 7, 5]), "-".join([*"abc"]), print(*[1, 2], sep=","))
