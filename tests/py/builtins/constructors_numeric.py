# int(), float(), bool() and str() as constructors and converters.
print(int(), float(), bool(), repr(str()))
print(int(7.9), int(-7.9), int("42"), int(" -3 "), int("ff", 16), int(True), int(2 ** 70))
print(float(3), float("2.5"), float(" -1e3 "), float(True), float(2 ** 53))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-0.1))
print(str(12), str(1.25), str(True), str(None), str([1, "2"]), str(b"x"))
class WithInt:
    def __int__(self):
        return 99
class WithFloat:
    def __float__(self):
        return 2.5
print(int(WithInt()), float(WithFloat()))
for ctor, arg in ((int, "1.5"), (int, ""), (float, "x"), (int, [1]), (float, None)):
    try:
        ctor(arg)
    except (ValueError, TypeError) as e:
        print(ctor.__name__, repr(arg), type(e).__name__)
print(int("0b101", 0), int("0o17", 0), int("0x1f", 0), int("10", 0))
print(type(int("5")).__name__, type(float(5)).__name__, type(bool(5)).__name__)
print(int(float("1e15")), float(int("12345678901234567890")))
class Sub(int):
    pass
print(int(Sub(5)), type(int(Sub(5))).__name__, bool(Sub(0)))
