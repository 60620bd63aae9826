# Comparisons between bigints, small ints and floats.
big = 2 ** 80
print(big > 1, big < 1, big == big, big != big + 1)
print(-big < -1, -big < big, big > -big)
print(big == float(big), big * 2 == float(big) * 2, big * 2 > float(big))
print(big < 1e30, big > 1e20, -big < -1e20)
print(big < float("inf"), -big > float("-inf"))
print(2 ** 52 + 1 == 2.0 ** 52 + 1, 2 ** 52 + 1 > 2.0 ** 52)
print(sorted([2 ** 65, 2.5, -2 ** 65, 0, 1e30, -1e30, 7]))
print(max(2 ** 70, 2 ** 70 + 1), min(-2 ** 70, -2 ** 70 - 1))
print(2 ** 100 in [2 ** 100], 2 ** 100 in {2 ** 100: 1}, 2 ** 100 in {2 ** 100})
d = {2 ** 64: "a", 2 ** 64 + 1: "b"}
print(d[2 ** 64], d[18446744073709551617])
print(hash(2 ** 100) == hash(2 ** 100))
x = 10 ** 20
y = 10 ** 20
print(x == y, x <= y, x >= y, x < y)
print((big, 1) < (big, 2), [big] == [2 ** 80])
print(big > True, big * False == 0)
