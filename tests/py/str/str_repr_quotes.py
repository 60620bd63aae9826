# repr() picks quotes like CPython: single unless the text has a single quote and no double.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "", "'", '"', "\\", "'\"'"]:
    print(repr(s), len(repr(s)))
print([ "a'b", 'c"d' ])
print(("x",), {"k": "v'"})
print(str("it's"), repr(repr("x")))
print(repr("\t"), repr("\x7f"), repr("\x1f"), repr(" ~"))
class S(str):
    pass
print(repr(S("sub")), str(S("sub")))
print("%r %s" % ("q'", "q'"))
print("{!r} {}".format('d"', 'd"'))
print(f"{'x'!r}")
print(repr("ünïcode"), repr("日本"), repr("€"))
for s in ["a\nb", "tab\t'", "q'\n\"", "\\'"]:
    r = repr(s)
    print(r, eval(r) == s)
print(repr(["it's", 'a"b', "\\"]))
print(repr(("",)), repr({"'": '"'}))
