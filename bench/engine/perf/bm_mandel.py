# The Mandelbrot set on floats (no complex type): tight arithmetic loops.
import _clock


def mandel(w, h, limit):
    inside = 0
    for j in range(h):
        ci = -1.2 + 2.4 * j / h
        for i in range(w):
            cr = -2.0 + 2.8 * i / w
            zr = zi = 0.0
            n = 0
            while n < limit and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == limit:
                inside += 1
    return inside


start = _clock.now()
r = mandel(120, 80, 60)
_clock.report(start)
print(r)
