print(int("  42  "), int("-0"), int("1_000"), int("z", 36), int(True), int(" 0x10 ", 16))
print(str(123), str(-4.5), repr(7), bool(0.0), float(7), complex if False else "no complex")
print(chr(65), ord("A"), hex(255), oct(8), bin(5), hex(-255), bin(0))
print(abs(-3), round(7.456, 1), round(5), pow(2, 8), divmod(17, 5))
for s in ("", "abc", "1.5", "0x", "--1"):
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
print(isinstance(True, int), type(1 + True).__name__, 1 == True, True is 1 == False)
