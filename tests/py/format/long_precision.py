# Precisions and widths longer than any fixed buffer: the text is as long as asked.
for spec in ["%.600f", "%.700e", "%.520g", "%#.530g", "%.515f%%"]:
    s = spec % 1.25
    print(spec, len(s), s[:12], s[-6:])
for spec in ["{:.600f}", "{:.700e}", "{:.530}", "{:.515%}", "{:>700.3f}", "{:,.600f}"]:
    s = spec.format(2.5e60)
    print(spec, len(s), s[:14], s[-6:])
print(len("%.*f" % (800, 0.5)), ("%.*f" % (-1, 2.5)))
print(len("{:0200000,d}".format(1)), "{:0200000,d}".format(1)[:8])
print(len("{:0,.3f}".format(1.5)), "{:020,.3f}".format(-1234.5))
print(len("%.600d" % 7), ("%.600x" % 255)[-4:])
