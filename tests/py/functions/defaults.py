# Default argument values, evaluated once at definition time.
def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("ann"), greet("bob", "hi"), greet("cy", "yo", "?"), greet("dee", punct="."))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(a=0, b=1))
def g(x, y=None, z=0.5):
    return (x, y, z)
print(g(1), g(1, z=9), g(x=3, y=[1]))
base = 2
def h(a=1, b=base * 3):
    return a, b
print(h(), h(b=0))
def dflt_expr(n=len("four") * 2):
    return n
print(dflt_expr())
def mutate_default(d={}):
    d[len(d)] = True
    return len(d)
print(mutate_default(), mutate_default(), mutate_default({}))
