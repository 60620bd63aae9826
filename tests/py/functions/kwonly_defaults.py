# Keyword-only parameters with and without defaults, in every position.
def f(a, *, b, c=3, d):
    return a, b, c, d
print(f(1, b=2, d=4), f(1, d=4, b=2, c=0))
def g(*args, flag=False, **kw):
    return args, flag, kw
print(g(), g(1, 2), g(1, flag=True), g(flag=1, other=2))
def h(a, b=2, *, c, d=4, **rest):
    return a, b, c, d, rest
print(h(1, c=3), h(1, 5, c=6, d=7, e=8), h(c=0, a=9))
for call in ["f(1, 2, 3)", "f(1, b=2)", "f(1, d=4)", "h(1, 2, 3)", "h(1)"]:
    try:
        eval(call)
        print(call, "ok")
    except (TypeError, SyntaxError) as e:
        print(call, type(e).__name__)
def defaults_once(*, items=[]):
    items.append(len(items))
    return items
print(defaults_once(), defaults_once(), defaults_once(items=[9]))
def config(*, host="localhost", port=80, tls=False):
    return "%s:%d%s" % (host, port, "/tls" if tls else "")
print(config(), config(port=443, tls=True), config(host="h"))
opts = {"port": 8080}
print(config(**opts), config(**{"tls": 1, "host": "x"}))
lam = lambda *, k=1: k * 2
print(lam(), lam(k=5))
