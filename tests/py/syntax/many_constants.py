# Code objects with hundreds of distinct constants and names.
consts = ", ".join(repr("s%d" % i) if i % 3 == 0 else (repr(i * 1.5) if i % 3 == 1 else str(i * 1000003)) for i in range(400))
ns = {}
exec("def f():\n    return [" + consts + "]\n", ns)
vals = ns["f"]()
print(len(vals), vals[0], vals[1], vals[2], vals[-1], vals[299])
attrs = "\n".join("    a%d = %d" % (i, i) for i in range(300))
exec("class Many:\n" + attrs + "\n", ns)
M = ns["Many"]
print(M.a0, M.a150, M.a299, sum(getattr(M, "a%d" % i) for i in range(300)))
glob = "\n".join("g%d = %d" % (i, i * i) for i in range(500))
space = {}
exec(glob, space)
print(space["g0"], space["g499"], len([k for k in space if k.startswith("g")]))
