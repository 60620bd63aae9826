# Digits of pi by Gibbons' unbounded spigot: big integer multiply, add and floor division.
import _clock


def pidigits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


start = _clock.now()
d = pidigits(600)
_clock.report(start)
print("".join(str(x) for x in d[:20]), sum(d))
