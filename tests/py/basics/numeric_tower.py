# How bool, int and float combine, compare and hash across the numeric tower.
vals = [False, True, 0, 1, -1, 2 ** 70, 0.0, 1.0, -0.5, 1e300]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(type(a + b).__name__[0])
        except OverflowError:
            row.append("O")
    print("%-8r" % (a,), "".join(row))
print(True + True + True, True * 2.5, 2 ** 70 * 0.5, (2 ** 70) / (2 ** 69), 7 // 2.0, -7 // 2.0)
print(1 == 1.0 == True, 2 ** 53 == float(2 ** 53), hash(2 ** 20) == hash(float(2 ** 20)))
print(sorted([True, 0.5, 2, -1, False, 1.5, 2 ** 65]))
print(max(True, 0.9), min(False, -0.0), abs(-True), -False)
print(int(True) == 1, float(True), str(True + 0))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, round(0.1 + 0.2, 10) == 0.3)
print(10 ** 16 + 1.0 == 10 ** 16, 10 ** 16 + 1 == 10 ** 16)
