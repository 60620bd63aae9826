# format() of complex numbers: presentation types, precision, width, alignment and signs.
for z in [1 + 2j, 1j, -1.5j, 2.5 - 3j, 0j, complex(-0.0, 1), 1e20 + 1e-5j, complex(float("inf"), float("nan"))]:
    row = []
    for spec in ["", ".2f", ">20", "<16.3e", "+.1f", " g", ".3", "^14", "+", " ", ".0f", "G", "10.2", ",.1f", "*>12", "E"]:
        row.append(format(z, spec))
    print(row)
print("{:.1f} and {:>10}".format(3 - 4j, 1j), f"{2j:+.2e}")
for bad in ["%", "d", "010", "=10", "s", "x"]:
    try:
        print(format(1 + 1j, bad))
    except ValueError as e:
        print("ValueError")
