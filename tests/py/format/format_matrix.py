# format() of numbers across the mini-language, compared line by line with CPython.
values = [0, 7, -7, 255, 123456789, -0.0, 0.5, 1.5, 2.5, 3.14159, -2.71828, 1e-7, 1234567.891, 1e16, 1e-300, 12345678901234567890]
specs = ["", "d", "5d", "<5d", "^7", "+d", " d", "08d", ",", "_", "x", "#x", "X", "#o", "b", "#010b",
         "f", ".0f", ".2f", "10.3f", "+.1f", "e", ".3e", "E", "g", ".3g", "10.4g", "G", "%", ".1%", "08.2f", ",.2f", "=+10.2f"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("E:" + type(e).__name__)
    print(repr(v), "|".join(row))
