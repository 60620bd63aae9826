# Decimal text of ints at every digit count and sign, by each route that writes it (str, repr, %d,
# format, f-strings), and str.format's literal text around fields.
vals = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, 99999, 100000, 10**9 - 1, 10**9, 10**15, 10**18 - 1, 10**18,
        2**62 - 1, -(2**62), 4611686018427387903, -4611686018427387904]
vals += [-v for v in vals] + [7 * 10**k + 3 for k in range(19)] + [10**k - 1 for k in range(1, 19)]
for v in vals:
    print(v, str(v), repr(v), "%d" % v, "{}".format(v), f"{v}", f"{v:>25}", "{:+}".format(v))
print([str(i) for i in range(-12, 120, 7)])
print("a{}b{{c}}d{}e".format(1, 2), "{{}}{}".format("x"), "plain", "no fields".format(), "x{0}y{0}".format("é"))
