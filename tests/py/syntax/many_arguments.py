# Calls with hundreds of positional and keyword arguments.
def count(*args, **kw):
    return len(args), len(kw), sum(args), sum(kw.values())
args = list(range(300))
kw = {"k%d" % i: i for i in range(200)}
print(count(*args), count(**kw), count(*args, **kw))
call = "count(" + ", ".join(str(i) for i in range(250)) + ")"
print(eval(call, {"count": count}))
kwcall = "count(" + ", ".join("a%d=%d" % (i, i) for i in range(150)) + ")"
print(eval(kwcall, {"count": count}))
params = ", ".join("p%d" % i for i in range(120))
ns = {}
exec("def wide(" + params + "):\n    return p0 + p60 + p119\n", ns)
print(ns["wide"](*range(120)))
exec("def wide_kw(*, " + ", ".join("q%d=%d" % (i, i) for i in range(100)) + "):\n    return q0 + q99\n", ns)
print(ns["wide_kw"](), ns["wide_kw"](q99=1000))
