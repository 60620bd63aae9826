for src in ["1" + "+1" * 3000, "()" * 3000, "x" + "[0]" * 3000, "-" * 3000 + "1", "[" * 300 + "]" * 300,
            "with " + ", ".join(["a"] * 3000) + ": pass", "if x: pass\n" + "elif x: pass\n" * 3000,
            "2" + "**2" * 3000, "[" + "[x for x in " * 3000 + "[1]" + "]" * 3000 + "]", "[*" * 3000 + "[1]" + "]" * 3000,
            "{**" * 3000 + "{}" + "}" * 3000]:
    try:
        exec(src)
    except (RuntimeError, MemoryError, SyntaxError, NameError, TypeError, IndexError):
        pass
for make in [lambda it: map(abs, it), zip, lambda it: filter(None, it), enumerate, lambda it: (x for x in it)]:
    it = iter([1])
    try:
        for i in range(20000):
            it = make(it)
        next(it)
    except (RuntimeError, MemoryError):
        pass
    it = None
