print("%d %i %5d %-5d| %05d" % (1, 2, 3, 4, 5))
print("%s %r %a" % ("s", "r", "a"))
print("%.3f %10.2f %-10.1f|" % (1.23456, 2.5, 3.25))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%c%c" % (65, "B"), "%%", "100%%" % ())
print("%(a)s-%(b)d" % {"a": "x", "b": 2})
print("%*d|%-*d|" % (5, 1, 5, 2))
print("%.2e %g %G" % (1234.5, 0.00001234, 1e20))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError", e)
