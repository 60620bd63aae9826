# str() and repr() of built-in and user objects.
print(str(1), str(-2.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": [1]}))
print(str(b"bytes"), str(bytearray(b"ba")), str(range(3)), str(range(1, 10, 2)))
print(str({1, 2}) in ("{1, 2}", "{2, 1}"), str(set()), str(frozenset()), str({}))
print(repr("s"), repr([1, "s"]), repr(("s",)), repr({"s": "t"}))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()))
print(str(Both()), repr(Both()), [Both()], (Both(),), {"k": Both()})
print("%s %r" % (Both(), Both()), "{} {!r}".format(Both(), Both()), f"{Both()} {Both()!r}")
print(Both(), OnlyRepr())
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError:
    print("TypeError __str__ returned int")
print(str("already"), str(str("x")), type(str(5)).__name__)
print(str(2 ** 80), str(-0.0), str(1e100), str(float("nan")))
print(repr(str), repr(int), repr(type(None)))
print(str([None, True, 0.5, "q'"]), str([[], [[]]]))
