# Which exception type each failing built-in operation raises.
def kind(fn):
    try:
        fn()
        return "no error"
    except UnicodeError:
        return "UnicodeError (or a subclass)"
    except Exception as e:
        return type(e).__name__
ops = [
    ("1/0", lambda: 1 / 0), ("1//0", lambda: 1 // 0), ("1%0", lambda: 1 % 0), ("1.0/0", lambda: 1.0 / 0),
    ("[][1]", lambda: [][1]), ("()[0]", lambda: ()[0]), ("''[0]", lambda: ""[0]), ("{}[1]", lambda: {}[1]),
    ("int('a')", lambda: int("a")), ("float('a')", lambda: float("a")), ("1+'a'", lambda: 1 + "a"),
    ("len(5)", lambda: len(5)), ("None()", lambda: NONE()), ("x.y", lambda: (1).y),
    ("iter(5)", lambda: iter(5)), ("next(iter([]))", lambda: next(iter([]))),
    ("[].pop()", lambda: [].pop()), ("set().pop()", lambda: set().pop()), ("{}.popitem()", lambda: {}.popitem()),
    ("[1].index(2)", lambda: [1].index(2)), ("'a'.index('b')", lambda: "a".index("b")),
    ("chr(-1)", lambda: chr(-1)), ("ord('ab')", lambda: ord("ab")), ("hash([])", lambda: hash([])),
    ("2**-1 ok", lambda: 2 ** -1), ("(1,2)[5]", lambda: (1, 2)[5]), ("'%d' % 'x'", lambda: "%d" % "x"),
    ("abs('x')", lambda: abs("x")), ("divmod(1,0)", lambda: divmod(1, 0)), ("pow(0,-1)", lambda: pow(0, -1)),
    ("list(1)", lambda: list(1)), ("a,b = 1,2,3", lambda: exec("a, b = 1, 2, 3")),
    ("b'\\xff'.decode()", lambda: b"\xff".decode()), ("int(1e400)", lambda: int(float("inf"))),
    ("range(0,1,0)", lambda: range(0, 1, 0)), ("[1,2].sort(key=1)", lambda: [2, 1].sort(key=1)),
    ("getattr(1,'x')", lambda: getattr(1, "x")), ("max([])", lambda: max([])),
]
NONE = None
for label, fn in ops:
    print(label, "->", kind(fn))
try:
    __import__("no_such_module_xyz")
except ImportError:
    print("import nosuch -> ImportError (or a subclass)")
