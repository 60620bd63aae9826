# A radix-2 fast Fourier transform on lists of (re, im) floats, forward and back.
import math
import _clock


def fft(re, im, invert):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    size = 2
    while size <= n:
        angle = (2 * math.pi / size) * (1 if invert else -1)
        wr, wi = math.cos(angle), math.sin(angle)
        half = size // 2
        for start in range(0, n, size):
            cr, ci = 1.0, 0.0
            for k in range(half):
                a, b = start + k, start + k + half
                tr = re[b] * cr - im[b] * ci
                ti = re[b] * ci + im[b] * cr
                re[b], im[b] = re[a] - tr, im[a] - ti
                re[a], im[a] = re[a] + tr, im[a] + ti
                cr, ci = cr * wr - ci * wi, cr * wi + ci * wr
        size *= 2
    if invert:
        for i in range(n):
            re[i] /= n
            im[i] /= n


def run(n, rounds):
    error = 0.0
    for r in range(rounds):
        re = [math.sin(i * 0.1 + r) for i in range(n)]
        im = [0.0] * n
        orig = re[:]
        fft(re, im, False)
        fft(re, im, True)
        error = max(error, max(abs(a - b) for a, b in zip(re, orig)))
    return error


start = _clock.now()
e = run(1024, 6)
_clock.report(start)
print(e < 1e-9)
