# An ASCII Mandelbrot set using only float arithmetic (no complex numbers).
def escape(cx, cy, limit):
    x = y = 0.0
    for i in range(limit):
        x2, y2 = x * x, y * y
        if x2 + y2 > 4.0:
            return i
        y = 2 * x * y + cy
        x = x2 - y2 + cx
    return limit
chars = " .:-=+*#%@"
rows = []
for row in range(12):
    cy = -1.2 + row * 0.2
    line = ""
    for col in range(40):
        cx = -2.1 + col * 0.075
        n = escape(cx, cy, 30)
        line += chars[min(n * len(chars) // 31, len(chars) - 1)]
    rows.append(line)
for line in rows:
    print(line)
print(sum(line.count("@") for line in rows))
print(escape(0.0, 0.0, 100), escape(1.0, 1.0, 100), escape(-0.75, 0.1, 1000))
