# Small ints and plain strs through every formatting route (str.format, f-strings, format(), %),
# next to the values that must not take their short cut: bools, big ints, int and str subclasses
# with their own __format__, float presentation types.

specs = ["", "d", "n", "5", "<5", ">5", "^5", "^6", "=6", "05", "+05", " 5", "+", " ", "-", "x>6",
         "é^7", "0=5", "*<3", "03d", ">4", "+d", "1", "0", "010", ",", "_", "e", ".2%", "f", "c", "x", "#o"]
values = [0, 7, -7, 42, -1234, 2 ** 40, -(2 ** 61), 2 ** 62, -(2 ** 62) - 1, 2 ** 100, True, False]

for spec in specs:
    row = []
    for v in values:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(repr(spec), row)
    print("{0:%s}|{1:%s}" % (spec, spec) if spec else "{0}|{1}", end=" ")
    try:
        print(("{0:%s}|{1:%s}" % (spec, spec)).format(5, -5))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)


class Money(int):
    def __format__(self, spec):
        return "$" + format(int(self), spec)


class Tag(str):
    def __format__(self, spec):
        return "<" + format(str(self), spec) + ">"


class Plain(int):
    pass


for v in (Money(5), Tag("t"), Plain(9), "s", "é"):
    print("{}|{:>4}|{!r}".format(v, v, v), f"{v}|{v:>4}|{v!s}", format(v, ""), repr(format(v)))
print(type(format(Tag("x"), "")).__name__, type("{}".format(Tag("x"))).__name__, type(f"{Tag('x')}").__name__)

for i in (0, 5, -5, 123, -123, 99999, 2 ** 70):
    print(f"{i:03d}|{i:>4}|{i:<4}|{i:^5}|{i:+}|{i: }|{i:_}|{i:,}|{i:x}", "{}-{:>4}".format(i, i * 3))

fmts = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%x", "%i", "%u", "%s", "%5s", "%-5s|",
        "%.1s", "%r", "%3c", "%%%d"]
for f in fmts:
    row = []
    for v in (0, 42, -42, 2 ** 65, "ab", True, 3.7):
        try:
            row.append(f % v)
        except (TypeError, OverflowError) as e:
            row.append("TypeError")
    print(repr(f), row)
print("%d:%s" % (5, "abc"), "%s and %s" % ("x", Tag("y")), "%(a)s=%(b)d" % {"a": "k", "b": 3})
for bad in (lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "{:d}".format("x"),
            lambda: "{:s}".format(5), lambda: "{:=5}".format("a"), lambda: format(5, "5.5.5")):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
