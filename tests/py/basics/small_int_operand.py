# `x OP k` with k a small int literal is one instruction: each operator, on each kind of left
# operand, at the edges of k's range and of the machine's small ints, must give CPython's result
# or error.


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, k):
        return Num(self.v + k * 10)

    def __lt__(self, k):
        return "lt %d" % k

    def __repr__(self):
        return "Num(%r)" % (self.v,)


def ops(x):
    out = []
    for f in (lambda: x + 1, lambda: x - 262144, lambda: x * 3, lambda: x / 2, lambda: x // 2,
              lambda: x % 2, lambda: x % -3, lambda: x ** 2, lambda: x << 3, lambda: x >> 1,
              lambda: x & 0xff, lambda: x | 262143, lambda: x ^ 5, lambda: x < 8, lambda: x <= -1,
              lambda: x == 0, lambda: x != 0, lambda: x > 262143, lambda: x >= 262144,
              lambda: x // 0, lambda: x % 0, lambda: x << 70, lambda: x >> 70, lambda: x + 262144):
        try:
            out.append(f())
        except Exception as e:
            out.append(type(e).__name__)
    return out


for x in (0, 7, -7, 2 ** 62 - 1, -(2 ** 62), 2 ** 64, -(2 ** 64), True, 2.5, -0.0, float("inf"),
          float("nan"), Num(1)):
    print(repr(x), ops(x))
for x in ("s", [1], None):
    print(repr(x), ops(x))


def shift_errors(x):
    try:
        return x >> -1
    except ValueError as e:
        return "ValueError", str(e)


print(shift_errors(5), shift_errors(2 ** 70))


def branches(values):
    out = []
    for n in values:
        if n % 2:
            out.append("odd")
        if n < 3:
            out.append("small")
        if not n & 4:
            out.append("no4")
        while n > 100:
            n = n // 2
        out.append(n)
    return out


print(branches([0, 1, 2, 3, 4, 5, 1000, -5, 2 ** 70]))
