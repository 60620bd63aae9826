# **kwargs collects extra keyword arguments into a dict, in call order.
def collect(**kw):
    return kw
print(collect(), collect(a=1), collect(z=1, a=2, m=3))
print(list(collect(z=1, a=2, m=3)))
def pos_and_kw(x, **kw):
    return x, kw
print(pos_and_kw(1), pos_and_kw(1, y=2), pos_and_kw(x=1, y=2))
def merged(**kw):
    base = {"mode": "r", "size": 10}
    base.update(kw)
    return base
print(merged(), merged(size=20, extra=True))
def passthrough(**kw):
    return collect(**kw)
print(passthrough(a=1, b=2))
opts = {"a": 1, "b": 2}
r = collect(**opts)
r["c"] = 3
print(opts, r)
def kw_with_defaults(a, b=2, **kw):
    return a, b, kw
print(kw_with_defaults(1, c=3), kw_with_defaults(1, 5, b2=6), kw_with_defaults(b=1, a=0, q=9))
def everything(*args, **kwargs):
    return args, kwargs
print(everything(), everything(1, 2, k=3), everything(*[1], **{"x": 2}))
try:
    collect(1)
except TypeError:
    print("TypeError positional to **kw")
print(type(collect()).__name__, collect(**{}))
