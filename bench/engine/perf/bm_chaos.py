# A chaos game: points thrown at random affine maps of a fern (floats, tuples, method calls on
# small objects, a seeded linear congruential generator so both interpreters see the same points).
import _clock


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 2147483648.0


class Map:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


MAPS = [Map(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01), Map(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Map(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07), Map(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07)]


def chaos(points):
    rng = Rng(42)
    grid = [[0] * 32 for _ in range(32)]
    x = y = 0.0
    for _ in range(points):
        pick = rng.next()
        for m in MAPS:
            pick -= m.weight
            if pick <= 0:
                break
        x, y = m.apply(x, y)
        col = int((x + 3.0) / 6.0 * 31.999)
        row = int(y / 10.0 * 31.999)
        if 0 <= col < 32 and 0 <= row < 32:
            grid[row][col] += 1
    return grid


start = _clock.now()
g = chaos(60000)
_clock.report(start)
print(sum(sum(r) for r in g), sum(1 for r in g for v in r if v))
