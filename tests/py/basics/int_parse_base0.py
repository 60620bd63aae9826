# int(s, 0) infers the base from the prefix, like a literal.
for s in ["0", "10", "0x10", "0X10", "0o10", "0O10", "0b10", "0B10", "-0x10", " 0x10 ", "+0b111"]:
    print(repr(s), int(s, 0))
for bad in ["010", "0x", "0b2", "0o8", "x10"]:
    try:
        print(int(bad, 0))
    except ValueError:
        print("ValueError", repr(bad))
print(int("0x" + "f" * 20, 0))
print(int("-0b" + "1" * 70, 0))
print(int("0o777777777777777777777777", 0))
# explicit bases with and without prefixes
print(int("0x1A", 16), int("1A", 16), int("0b101", 2), int("101", 2))
print(int("0o17", 8), int("17", 8))
for base in range(2, 37, 5):
    print(base, int("11", base), int("10", base))
try:
    int("0x10", 10)
except ValueError:
    print("ValueError prefix in base 10")
try:
    int("12", 37)
except ValueError:
    print("ValueError base 37")
print(int("-" + "9" * 40) + 10 ** 40)
