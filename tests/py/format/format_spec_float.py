# Format spec mini-language for floats: f, e, g, %, precision, alignment.
vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000012345, 1e20, -2.5e-10]
for v in vals:
    print("{:f}|{:.2f}|{:10.3f}|{:e}|{:.3e}|{:g}|{:.3g}|{}".format(v, v, v, v, v, v, v, v))
print("{:%}|{:.1%}|{:.0%}".format(0.25, 0.12345, 1.0))
print("{:+.2f}|{: .2f}|{:+.2f}".format(1.5, 1.5, -1.5))
print("{:<10.2f}|{:>10.2f}|{:^10.2f}|{:*^10.1f}".format(3.14159, 3.14159, 3.14159, 2.5))
print("{:010.3f}|{:=+10.2f}".format(-3.14159, 3.14159))
print("{:.0f}|{:.0f}|{:.0f}|{:.0f}".format(0.5, 1.5, 2.5, 3.5))
print("{:.1f}|{:.2f}|{:.3f}".format(0.05, 0.125, 2.0005))
print("{:G}|{:E}|{:F}".format(1e-10, 12345.6789, 1.5))
print("{:g}|{:g}|{:g}|{:g}".format(100000.0, 1000000.0, 0.0001, 0.00001))
print("{:.10g}|{:.17g}|{:.1g}".format(1 / 3, 0.1, 0.15))
print("{}|{}|{}".format(float("inf"), float("-inf"), float("nan")))
print("{:f}|{:e}|{:g}".format(float("inf"), float("-inf"), float("nan")))
print("{:.2f}".format(5), "{:e}".format(5), "{:g}".format(5))
print("{:.3f}".format(2 ** 0.5), "{:.12f}".format(1 / 7))
# A precision without a type writes as 'g' but never like an int: an exponent where the integer
# part takes every significant digit, a digit after the point otherwise.
for v in [0.0, -0.0, 0.5, 0.96, 1.0, 1.5, -1.5, 9.99, 12.0, 100.0, 123.456, 99999.5, 1e16, 1e-5, 5e-324]:
    print(v, [format(v, ".%d" % p) for p in (0, 1, 2, 3, 17)], [format(v, "#.%d" % p) for p in (0, 1, 2)],
          format(v, ">12.2"), format(v, "+.1"), "{:.2}".format(v), f"{v:08.1}")
