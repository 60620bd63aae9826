# Deeply nested expressions and blocks compile and run.
expr = "(" * 60 + "1" + " + 1)" * 60
print(eval(expr))
expr2 = "[" * 40 + "7" + "]" * 40
v = eval(expr2)
depth = 0
while isinstance(v, list):
    v = v[0]
    depth += 1
print(depth, v)
src = ["def nested(n):", "    r = []"]
indent = "    "
for i in range(18):
    src.append(indent + "for i%d in range(1):" % i if i % 2 == 0 else indent + "if n > %d:" % (i - 100))
    indent += "    "
src.append(indent + "r.append(n)")
src.append("    return r")
ns = {}
exec("\n".join(src), ns)
print(ns["nested"](5))
s = "x"
for _ in range(30):
    s = "(lambda: " + s + ")()"
print(eval(s, {"x": "deep lambdas"}))
chain = " + ".join(str(i) for i in range(1000))
print(eval(chain))
