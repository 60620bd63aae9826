# float() parsing of strings, including special values and rejected input.
for s in ["0", "1", "-1", "+1.5", "  2.5  ", "1e3", "1E3", "-1e-3", ".5", "5.",
          "inf", "-inf", "+inf", "Infinity", "-Infinity", "INF", "nan", "NaN", "-nan",
          "1.7976931348623157e308", "1e400", "-1e400", "1e-400", "0.1", "123456789.123456789",
          "00012.5", "\t3.25\n"]:
    print(repr(s), float(s))
for bad in ["", " ", "abc", "1.2.3", "1e", "e5", "--1", "1 2", "0x10", "1,5", "infinity1"]:
    try:
        print(float(bad))
    except ValueError:
        print("ValueError", repr(bad))
print(float(3), float(-7), float(True), float(2 ** 70))
print(float(), float(0.25))
try:
    float(None)
except TypeError:
    print("TypeError")
try:
    float([1.0])
except TypeError:
    print("TypeError list")
