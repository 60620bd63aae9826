# Errors from % formatting.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__)
attempt("too few", lambda: "%s %s" % ("a",))
attempt("too many", lambda: "%s" % ("a", "b"))
attempt("int for %d needed", lambda: "%d" % "x")
attempt("float for %f needed", lambda: "%f" % "x")
attempt("bad key", lambda: "%(k)s" % {"j": 1})
attempt("mapping needed", lambda: "%(k)s" % ("tuple",))
attempt("incomplete", lambda: "%" % ())
attempt("unsupported char", lambda: "%y" % 1)
attempt("%c too long", lambda: "%c" % "ab")
attempt("%x of str", lambda: "%x" % "s")
attempt("%d of float ok", lambda: "%d" % 1.5)
attempt("%s of list ok", lambda: "%s" % [[]])
attempt("dict as single %s", lambda: "%s" % {"a": 1})
attempt("no format chars with arg", lambda: "plain" % ("x",))
attempt("star width", lambda: "%*s" % (3, "a"))
attempt("%% only", lambda: "%%" % ())
