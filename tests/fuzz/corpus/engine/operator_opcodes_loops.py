G = 1 << 61
T = [3, 1, 2]
def f(a, b, xs):
    n = 0
    for i in range(a, b):
        if i & a:
            n += 16383
        if i != b:
            n -= 2
        if n < G:
            continue
        break
    for x in xs:
        n = n + x - a * b
        if x << 3 > T[a % 3]:
            n ^= x | 1
    for t in (1, 2):
        n += T[t]
    return n, a < b, a >= b, a == b
print(f(1, 9, [2**62 - 1, -2**62, 5]), f(-3, 3, (7, 2)), f(2**62 - 2, 2**62 + 2, []))
try:
    f(1, 2, [1.5])
except TypeError as e:
    print(e)
