# Thousands separators (',' and '_') with zero padding: the separators run through the padding
# zeros, and the result may be one character wider than asked so that it never starts with a
# separator. Without zero padding the fill stays plain.
for spec in ["08,", "0=8,", "09_", "07,", "06,", "015,", "+09_", "011,d", "3,", ",", "*=8,", ">9,", "<9_"]:
    print(spec, [format(v, spec) for v in (0, 1, -1, 12345, -1234, 10 ** 9)])
for spec in ["#010_x", "#012_b", "010_o", "09_X"]:
    print(spec, [format(v, spec) for v in (0, 255, -255, 65535)])
for spec in ["012,.1f", "010,", "010,.2%", "012,.1e", "015,.3f", "0=12,.2f"]:
    print(spec, [format(v, spec) for v in (0.0, 1.5, -1234.5, 1e6, 0.5)])
print("{:08,}|{:+010,.2f}|{:09_d}".format(1234, -9876.543, 42), "%s" % format(7, "05,"))
# Strings take no separator.
for spec in (",", "_", ",s", ">8,"):
    try:
        print(format("text", spec))
    except ValueError:
        print("ValueError", repr(spec))
