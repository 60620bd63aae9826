# Local variable traffic: loads, stores and augmented assignments in a tight loop.
import _clock


def work(n):
    a = b = c = d = 0
    for i in range(n):
        a = i + b
        b = a - c
        c += 3
        d ^= a & 255
    return a + b + c + d


start = _clock.now()
r = work(600000)
_clock.report(start)
print(r)
