# Big multiplication, factorials and squaring.
f = 1
for i in range(1, 61):
    f *= i
print(f)
print(f // (2 ** 56), f % 1000000007)
a = 123456789123456789123456789
b = 987654321987654321987654321
print(a * b)
print(a * -b, -a * -b)
print(a * 0, a * 1, a * -1)
print((10 ** 50 + 1) * (10 ** 50 - 1))
print(2 ** 200 * 3 ** 100)
sq = 99999999999999999999
print(sq * sq)
print((2 ** 64 - 1) * (2 ** 64 - 1))
fib = [0, 1]
for i in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150])
print(fib[150] * fib[149] - fib[148] * fib[151])
t = 7
for i in range(6):
    t = t * t
print(t)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(3 * [2 ** 70][0], [1] * 3)
