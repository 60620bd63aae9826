# The operators with an opcode of their own (+ - * << >> & ^ | and the six comparisons): their
# small-int case, its edges where a result leaves the small range, every other operand type, and a
# comparison both as a value and as the test of an if or a while.

EDGES = [0, 1, -1, 2, 7, -8, 2**30, 2**31 - 1, -2**31, 2**61, 2**62 - 1, -2**62, 2**62, -2**62 - 1,
         2**63 - 1, -2**63, 2**64, -2**64]


def arithmetic(a, b):
    return [a + b, a - b, a * b, a & b, a ^ b, a | b]


def shifts(a, n):
    return [a << n, a >> n]


def comparisons(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


def branches(a, b):
    # The same comparisons as tests of ifs (taken and not), and `if a & b:`.
    out = []
    if a < b:
        out.append("lt")
    if not a <= b:
        out.append("not le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a > b:
        out.append("gt")
    if a >= b:
        out.append("ge")
    if a & b:
        out.append("and")
    return out


for a in EDGES:
    for b in EDGES:
        print(a, b, arithmetic(a, b), comparisons(a, b), branches(a, b))
for a in EDGES:
    for n in (0, 1, 2, 31, 61, 62, 63, 64, 100):
        print(a, n, shifts(a, n))

# Other operand types take the general path: floats, bools, big ints, strs, tuples, lists.
others = [1.5, -0.0, float("inf"), float("nan"), True, False, 2**100, "ab", "b", (1, 2), [1], [1, 2]]
for a in others:
    for b in others + [1, -1, 0]:
        for name, f in (("cmp", comparisons), ("arith", arithmetic)):
            try:
                print(name, repr(a), repr(b), f(a, b))
            except TypeError as e:
                print(name, repr(a), repr(b), "TypeError")


class Odd:
    # Comparisons that return values which are not bools: an if tests their truth.
    def __init__(self, result):
        self.result = result

    def __lt__(self, other):
        return self.result

    def __eq__(self, other):
        return self.result

    def __and__(self, other):
        return self.result

    def __rsub__(self, other):
        return ("rsub", other)


for result in ([], [0], 0, 3, "", "x", None):
    o = Odd(result)
    print(repr(result), o < 1, o == 1, o & 1, 5 - o, "if" if o < 1 else "else",
          "if" if o == 1 else "else", "if" if o & 1 else "else")


class Raises:
    def __lt__(self, other):
        raise ValueError("lt")


try:
    if Raises() < 1:
        print("not reached")
except ValueError as e:
    print("raised", e)

# A while loop whose test is a comparison, counting past the small range.
n, steps = 2**62 - 3, 0
while n < 2**62 + 3:
    n += 1
    steps += 1
print(n, steps)
i = 0
while not i >= 10:
    i = i + 1
print(i, 3 < 4 < 5, 3 < 4 > 5, (2 > 1) + (2 < 1), -2**62 < 2**62 - 1)
