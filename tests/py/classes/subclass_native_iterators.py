# Classes deriving from built-in types keep an instance dict of their own beside the native fields.
class P(property):
    pass
class E(enumerate):
    pass
class Z(zip):
    pass
class M(map):
    pass
class F(filter):
    pass
class R(reversed):
    pass
class S(staticmethod):
    pass
class C(classmethod):
    pass
for make in [lambda: P(lambda s: 1), lambda: E([1, 2]), lambda: Z([1], [2]), lambda: M(abs, [-1]), lambda: F(None, [0, 1]),
             lambda: R("ab"), lambda: S(abs), lambda: C(abs)]:
    o = make()
    o.extra = list(range(100))
    o.more = "x" * 100
    print(type(o).__name__, o.extra[-1], len(o.more))
print(list(E("ab")), list(Z("ab", "cd")), list(M(abs, [-3])), list(F(None, [0, 2])), list(R([1, 2])))
