# Decimal output of big ints is made nine digits at a time: the groups must keep their inner
# zeros, and the edges of a group (10**9k - 1, 10**9k, +1) must come out exact, at every size.
for k in (1, 2, 3, 4, 7, 12, 40):
    for n in (10 ** (9 * k) - 1, 10 ** (9 * k), 10 ** (9 * k) + 1, 2 ** (32 * k), 2 ** (32 * k) - 1):
        print(len(str(n)), str(n)[:12], str(n)[-12:], str(-n)[:3])
print(10 ** 45 + 10 ** 18 + 7)
print(int("1" + "0" * 17 + "1" + "0" * 8 + "1") * 3)
print([str(3 ** e) for e in (20, 41, 63, 64, 100)])
print(sum(int(d) for d in str(7 ** 5000)), len(str(7 ** 5000)))
print(format(12 ** 60, ","), "%d" % -(5 ** 90))
