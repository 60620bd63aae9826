# Float and JSON numbers past the range of a double: too small is 0.0 whatever the exponent says,
# too large is inf; percentages of huge floats are inf%.
import json
print(float("0." + "0" * 323 + "1"), float("-0." + "0" * 400 + "1"), float("1" + "0" * 400))
print(float("1e-400"), float("1e400"), float("0.000001e-320"), float("123" + "0" * 320 + "e-700"))
print(float("1" + "0" * 320 + "e-10"), float(" 0." + "0" * 340 + "5e20 "))
print(json.loads("1e309"), json.loads("-1e309"), json.loads("1e-400"), json.loads("[1e999, 0.5]"))
print(format(1e308, "%"), format(-1e308, ".1%"), format(float("inf"), "%"), "{:%}".format(2e306))
print(int("9" * 4000) % 1000, int("-" + "7" * 3000) % 997, int("1_000_" * 500 + "1") % 9973)
