# A polynomial class: arithmetic, evaluation with Horner's rule, derivative and printing.
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    def __call__(self, x):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * x + coef
        return acc
    def deriv(self):
        return Poly([i * c for i, c in enumerate(self.c)][1:] or [0])
    def __eq__(self, o):
        return self.c == o.c
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            c = self.c[i]
            if c == 0 and len(self.c) > 1:
                continue
            if i == 0:
                terms.append(str(c))
            elif i == 1:
                terms.append("%sx" % ("" if c == 1 else c))
            else:
                terms.append("%sx^%d" % ("" if c == 1 else c, i))
        return " + ".join(terms).replace("+ -", "- ")
p = Poly([1, 2, 3])
q = Poly([0, 1])
print(p, "|", q, "|", p + q, "|", p * q, "|", p * p)
print(p(0), p(2), p(-1), (p * p)(3) == p(3) ** 2, p.deriv(), (p * p).deriv())
binom = Poly([1])
for _ in range(6):
    binom = binom * Poly([1, 1])
print(binom.c, binom(1) == 2 ** 6, Poly([0, 0, 0]), Poly([-1, 0, 2]))
print(Poly([5]) + Poly([-5]) == Poly([0]), Poly([1, -1]) * Poly([1, 1]))
