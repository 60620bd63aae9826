# A small ray tracer: vector objects with operator methods, spheres, diffuse light and shadows.
import math
import _clock


class Vec:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, shade):
        self.centre, self.radius, self.shade = centre, radius, shade

    def hit(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None


SCENE = [Sphere(Vec(0, -1000, 0), 999, 0.6), Sphere(Vec(0, 0, 5), 1, 0.9),
         Sphere(Vec(-2, 0.3, 6), 0.7, 0.8), Sphere(Vec(1.8, -0.2, 4), 0.5, 0.7)]
LIGHT = Vec(-5, 8, -3)


def trace(origin, direction):
    nearest, best = None, 1e30
    for s in SCENE:
        t = s.hit(origin, direction)
        if t is not None and t < best:
            nearest, best = s, t
    if nearest is None:
        return 0.1
    point = origin + direction.scale(best)
    normal = (point - nearest.centre).norm()
    to_light = (LIGHT - point).norm()
    for s in SCENE:
        if s is not nearest and s.hit(point, to_light) is not None:
            return 0.05
    return nearest.shade * max(0.0, normal.dot(to_light))


def render(w, h):
    eye = Vec(0, 0, 0)
    total = 0.0
    for j in range(h):
        for i in range(w):
            d = Vec((i - w / 2) / w, (h / 2 - j) / h, 1).norm()
            total += trace(eye, d)
    return total


start = _clock.now()
v = render(96, 64)
_clock.report(start)
print(round(v, 3))
