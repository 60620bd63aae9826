# printf-style formatting across flags, widths and types, compared with CPython.
values = [0, 42, -42, 3.14159, -0.5, 1e10, 255, 2 ** 40]
formats = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%o", "%#o", "%e", "%.2e", "%f", "%.1f",
           "%10.3f", "%-10.2f|", "%g", "%.3g", "%G", "%s", "%r", "%5s|", "%-6r|", "%.2s", "%c" if False else "%%"]
for v in values:
    row = []
    for f in formats:
        try:
            row.append(f % v if "%%" != f else f % ())
        except (TypeError, ValueError) as e:
            row.append("E:" + type(e).__name__)
    print(repr(v), "|".join(row))
