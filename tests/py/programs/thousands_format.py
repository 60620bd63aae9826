# Formatting numbers with thousands separators and fixed decimals by hand, checked against format().
def group(n):
    s = str(abs(n))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ("-" if n < 0 else "") + ",".join(parts)
for n in (0, 7, 999, 1000, 123456, -1234567, 10 ** 12, 2 ** 64):
    print(group(n), group(n) == "{:,}".format(n))
def money(x):
    cents = int(round(abs(x) * 100))
    whole, frac = divmod(cents, 100)
    return ("-" if x < 0 else "") + group(whole) + "." + "%02d" % frac
for x in (0, 1.5, 1234.567, -98765.4321, 0.005, 1e6):
    print(money(x))
def human_bytes(n):
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return ("%d %s" % (n, unit)) if unit == "B" else ("%.1f %s" % (n, unit))
        n /= 1024
print([human_bytes(n) for n in (0, 512, 1024, 67 * 1024, 2621440, 4 * 1024 ** 3)])
