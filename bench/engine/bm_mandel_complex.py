# Complex arithmetic: the Mandelbrot set with complex numbers, as MicroPython's misc_mandel does.
def mandel(width, height, limit):
    inside = 0
    for y in range(height):
        for x in range(width):
            c = complex(-2.0 + 3.0 * x / width, -1.2 + 2.4 * y / height)
            z = 0j
            for _ in range(limit):
                z = z * z + c
                if abs(z) > 2.0:
                    break
            else:
                inside += 1
    return inside


print(mandel(120, 60, 60), mandel(60, 30, 200))
