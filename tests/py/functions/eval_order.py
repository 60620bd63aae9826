# Arguments and operands are evaluated left to right.
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kw):
    return args, kw
f(v(1), v(2), k=v(3), j=v(4))
print(log)
log.clear()
r = v(1) + v(2) * v(3)
print(r, log)
log.clear()
s = {v("s1"), v("s2")}
print(log)
log.clear()
l = [v(1), v(2), v(3)]
print(log)
log.clear()
x = v({"a": [10]})[v("a")][v(0)]
print(x, log)
log.clear()
def g(a, b):
    return a + b
g(b=v("b"), a=v("a"))
print(log)
log.clear()
f(*[v(1), v(2)], v(3), **dict([(v("k"), v("x"))]))
print(log)
log.clear()
t = (v("x") if v("cond") else v("y"))
print(t, log)
log.clear()
class Obj:
    pass
o = Obj()
objs = {"o": o}
o.attr = v(5)
objs[v("o")].attr = v(6)
print(o.attr, log)
