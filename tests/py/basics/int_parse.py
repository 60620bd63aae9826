# int() from strings: signs, whitespace, bases, and rejected input.
for s in ["0", "42", "-42", "+42", "  17  ", "\t-3\n", "007", "123456789012345678901234567890"]:
    print(repr(s), int(s))
print(int("ff", 16), int("FF", 16), int("-ff", 16), int("777", 8), int("101", 2))
print(int("z", 36), int("Z", 36), int("10", 36), int("11", 3))
print(int("0x1f", 16), int("0o17", 8), int("0b11", 2))
print(int(3.99), int(-3.99), int(True), int(False))
print(int(), int(" 1 "))
for bad in ["", " ", "1.5", "abc", "1 2", "--1", "0x", "12a", "1e3"]:
    try:
        print(int(bad))
    except ValueError:
        print("ValueError", repr(bad))
for s, b in [("2", 2), ("9", 8), ("g", 16)]:
    try:
        print(int(s, b))
    except ValueError:
        print("ValueError", s, b)
try:
    int(None)
except TypeError:
    print("TypeError")
try:
    int("1", 1)
except ValueError:
    print("ValueError base 1")
print(int("-0"), int("+0"), int("-000"))
