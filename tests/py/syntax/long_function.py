# A long generated function with many branches and loops forces long jump offsets.
lines = ["def long_fn(n):", "    acc = 0"]
for i in range(800):
    lines.append("    if n %% %d == 0:" % (i + 1))
    lines.append("        acc += %d" % i)
    lines.append("    else:")
    lines.append("        acc -= 1")
lines.append("    for k in range(3):")
for i in range(300):
    lines.append("        acc ^= %d" % i)
lines.append("    return acc")
ns = {}
exec("\n".join(lines), ns)
print([ns["long_fn"](n) for n in (1, 2, 12, 720, 799)])
loop = ["def loop_fn():", "    out = []", "    i = 0", "    while i < 5:"]
for j in range(500):
    loop.append("        i = i + 0")
loop.append("        out.append(i)")
loop.append("        i += 1")
loop.append("    return out")
exec("\n".join(loop), ns)
print(ns["loop_fn"]())
