# A function with 300 local variables, generated with exec, exercises wide local-slot operands.
names = ["v%d" % i for i in range(300)]
body = ["def big():"]
for i, n in enumerate(names):
    body.append("    %s = %d" % (n, i * 3))
body.append("    total = " + " + ".join(names))
body.append("    return total, v0, v150, v299")
ns = {}
exec("\n".join(body), ns)
print(ns["big"]())
print(sum(i * 3 for i in range(300)))
body2 = ["def updater(x):"]
for n in names:
    body2.append("    %s = x" % n)
for n in names:
    body2.append("    x = x + %s" % n)
body2.append("    return x")
exec("\n".join(body2), ns)
print(ns["updater"](1))
