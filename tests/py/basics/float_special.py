# Infinity and NaN arithmetic.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - 1e308, inf * 2, inf / 1e308, -inf * -1)
print(inf + inf, inf - inf, inf * 0, 0 * inf, inf / inf)
print(nan + 1, nan * 0, nan - nan, -nan)
print(1 / inf, -1 / inf, 1e308 * 10, -1e308 * 10)
print(inf > nan, inf < nan, nan == nan)
print(abs(-inf), abs(nan), -(-inf))
print(inf ** 0, nan ** 0, 1 ** inf, 2 ** inf, 0.5 ** inf, 2 ** -inf)
print(5 % inf, -5 % inf)
print(max(1.0, inf), min(-inf, -1e308))
print(str(inf), repr(-inf), str(nan))
print([inf, -inf, nan])
print(float("inf") == inf, float("-inf") == -inf)
print(1e308 + 1e308, -(1e308 + 1e308))
print(sum([inf, -1, 5]), sum([1e308, 1e308]))
try:
    inf // 0
except ZeroDivisionError:
    print("ZeroDivisionError")
print(5 // inf, -5 // inf)
print(2.0 ** 1023 * 2, -(2.0 ** 1023) * 2)
