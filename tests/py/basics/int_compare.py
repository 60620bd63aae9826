# Integer comparisons, chained comparisons, and mixed int/bool/float.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(-1 < 0 < 1, 0 < -1 < 1, 1 < 2 < 3 < 4, 1 < 3 < 2)
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(3 > 2.5, 3 < 3.0000001, -3 < -2.9)
print(2 ** 64 > 2 ** 63, -2 ** 64 < -2 ** 63, 2 ** 64 == 2 ** 64)
print(2 ** 64 > 1.0, 2 ** 64 < 1e30, 2 ** 64 == 18446744073709551616.0)
print(max(3, 1, 2), min(3, 1, 2))
a = 5
print(1 < a < 10, 1 < a > 3, a == 5 == a)
print(1 != 2 != 1)
print(sorted([3, -1, 2 ** 40, 0, -2 ** 40, 7]))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
zero = 0
print(0 == -0, zero is not None)
for x in range(-2, 3):
    print(x, x < 0, x <= 0, x == 0, x >= 0, x > 0)
# comparisons of bigints with each other at word boundaries
edges = [2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 63 - 1, 2 ** 63, 2 ** 63 + 1, 2 ** 64 - 1, 2 ** 64, 2 ** 64 + 1]
for i in range(len(edges) - 1):
    a, b = edges[i], edges[i + 1]
    print(a < b, a > b, -a > -b, a == b - (b - a))
print(sorted(edges + [-e for e in edges])[:4])
print(2 ** 100 == 2 ** 100, 2 ** 100 != 2 ** 100 + 1)
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3))
