# Widths and precisions too big for any machine integer are a ValueError, in every formatting form.
cases = [
    lambda: "%99999999999999999999d" % 1,
    lambda: "%.99999999999999999999f" % 1.5,
    lambda: "%-99999999999999999999s" % "a",
    lambda: "{:99999999999999999999d}".format(1),
    lambda: "{:.99999999999999999999}".format(1.5),
    lambda: format(7, "099999999999999999999"),
    lambda: f"{3:>99999999999999999999}",
]
for case in cases:
    try:
        print(case())
    except ValueError as e:
        print("ValueError:", e)
print("%5d|%.3f|%*d|%-4s|" % (42, 2.0, 6, 7, "ab"), "{:>8.2f}|{:<6}|".format(3.14159, "x"))
for case in [lambda: "{77777777777777777777777777}".format(1), lambda: "{0[77777777777777777777777777]}".format([1]),
             lambda: "{0[1]}|{1}".format([5, 6], 7)]:
    try:
        print(case())
    except ValueError as e:
        print("ValueError:", e)
