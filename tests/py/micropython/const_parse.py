# const() as MicroPython's parser folds it: no import needed; NAME = const(int expression) makes later
# uses of NAME the integer itself; _NAME is not assigned at all; class bodies and functions see them.
_A = const(3)
B = const(_A * 4 + 1)
C = const(1 << _A)
print(_A, B, C, -_A, ~B)
print("_A" in globals(), "B" in globals(), globals().get("B"))
def f():
    return _A + B
class K:
    X = const(7)
    _Y = const(8)
    Z = _A + _Y
    def m(self):
        return _Y * 2 + X
print(f(), K.Z, K.X, hasattr(K, "_Y"), K().m())
BIG = const(2 ** 70)
NEG = const(-5)
print(BIG, NEG, NEG * 2)
try:
    exec("Q = const(1.5)")
except SyntaxError as e:
    print("SyntaxError", e.args[0])
try:
    exec("Q = const('abc')")
except SyntaxError as e:
    print("SyntaxError", e.args[0])
try:
    print(const(5))
except NameError:
    print("NameError")
from micropython import const
print(const(5))
