# A built-in type shows only the operator methods it serves, as CPython does: hasattr and dir
# answer truly, and a subclass still reaches every operator of its base through them.
import array

NAMES = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"]
# Instances, not the classes: on a class, hasattr also finds the metaclass's methods (type.__or__).
for x in (1, True, 1.0, 1j, "", b"", bytearray(), [], (), {}, set(), frozenset(), range(1),
          memoryview(b""), slice(1), int, array.array("b")):
    forward = [n for n in NAMES if hasattr(x, "__%s__" % n)]
    reflected = [n for n in NAMES if hasattr(x, "__r%s__" % n)]
    unary = [n for n in ("neg", "pos", "invert", "abs") if hasattr(x, "__%s__" % n)]
    print(type(x).__name__, forward, reflected, unary)
# In-place forms: only the mutable types that change themselves have them (bytearray's *= makes
# a new object here, as in MicroPython, so only its += is shown).
for x in ([], set(), {}, bytearray(), array.array("b"), 1, "", ()):
    print(type(x).__name__, [n for n in NAMES if n != "mul" and hasattr(x, "__i%s__" % n)])

print(hasattr([], "__sub__"), hasattr({}.keys(), "__and__"), hasattr({}.values(), "__or__"))


class L(list):
    pass


class S(str):
    pass


class F(float):
    pass


class I(int):
    pass


class Z(frozenset):
    pass


class D(dict):
    pass


print(L([1]) + [2], L([1]) * 2, 3 * L([0]))
print(S("%s!") % "hi", S("ab") * 2, 2 * S("c"), S("x") + "y")
print(F(1.5) + 1, 2 - F(0.5), F(7.0) // 2, F(7.0) % 4, -F(2.0), abs(F(-3.0)), F(2.0) ** 2)
print(I(6) << 2, 1 << I(3), I(6) & 3, ~I(5), I(7) // 2, I(-4) >> 1, 2 ** I(5), I(5) ^ 1)
print(sorted(Z({1, 2}) - {1}), sorted(Z({1}) | {2}), sorted({3} ^ Z({3, 4})), sorted({1, 2} & Z({2})))
print(D(a=1) | {"b": 2}, {"c": 3} | D(d=4))


# A subclass's in-place method reaches its base's through super(), and the object stays itself.
class Log(list):
    def __iadd__(self, more):
        print("adding", more)
        return super().__iadd__(more)


class Tags(set):
    def __ior__(self, more):
        return super().__ior__({t.lower() for t in more})


log = Log([1])
same = log
log += [2, 3]
print(log, log is same, list.__iadd__([0], (9,)), set.__iand__({1, 2}, {2}))
tags = Tags({"a"})
tags |= {"B", "C"}
print(sorted(tags), type(tags).__name__)
print(list.__imul__([1, 2], 2), dict.__ior__({"a": 1}, [("b", 2)]), set.__isub__({1, 2}, {1}))
# An operand the type does not take is NotImplemented from the method, a TypeError from the operator.
print(set.__ior__(set(), [1]))
try:
    list.__iadd__([], 5)
except TypeError:
    print("list += 5: TypeError")
for bad in ("L([1]) - [1]", "S('a') - 'b'", "F(1.0) << 1", "Z() * 2", "D() - {}"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError")
