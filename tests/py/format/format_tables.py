# Column layouts computed at run time with %-formatting and str.format.
rows = [("dev-1", 3, 0.5), ("device-long", 120, 12.25), ("x", 7, 100.0)]
w = max(len(r[0]) for r in rows)
for name, count, ratio in rows:
    print("%-*s|%5d|%8.2f" % (w, name, count, ratio))
for name, count, ratio in rows:
    print("{0:<{1}}|{2:>5}|{3:>8.2f}".format(name, w, count, ratio))
headers = ("name", "count", "ratio")
widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
fmt = " | ".join("%%-%ds" % n for n in widths)
print(fmt)
print(fmt % headers)
print("-+-".join("-" * n for n in widths))
for r in rows:
    print(fmt % tuple(str(x) for x in r))
print(("%s" % "%d%%") % 50, "%%%s" % "d")
