# +, - and * of many seeded random ints of every size and sign, against CPython. Operands are
# built limb by limb (32-bit pieces) with runs of zero and all-ones limbs, so carries and borrows
# cross whole limbs and results shrink to a few limbs or to small ints. Each group prints a digest
# of its results (hash is the value modulo 2**61 - 1) and checks identities that use the other
# operators, printing any operands that break one.

from _seeded import digest, limb, rand


def operand(max_limbs):
    n = rand(8) % (max_limbs + 1)
    x = 0
    for _ in range(n):
        x = (x << 32) | limb()
    return -x if rand(1) else x


def edges():
    out = []
    for base in (2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 96, 2 ** 128):
        for delta in (-1, 0, 1):
            out += [base + delta, -(base + delta)]
    return out + [0, 1, -1, 3, -7, True, False]


bad = 0


def check(ok, *operands):
    global bad
    if not ok and bad < 5:
        print("broken", [hex(x) for x in operands])
    bad += not ok


def pairs():
    # Made as they are used: the default heap does not hold them all at once.
    for _ in range(600):
        yield operand(12), operand(12)
    for _ in range(300):
        yield operand(40), operand(3)
    for a in edges():
        for b in edges():
            yield a, b
    for e in edges():
        for _ in range(3):
            yield operand(60), e


count = sums = diffs = products = 0
for a, b in pairs():
    s, d, p = a + b, a - b, a * b
    count += 1
    sums, diffs, products = digest(sums, s), digest(diffs, d), digest(products, p)
    check(s - b == a and d + b == a and s - d == 2 * b and -d == b - a, a, b)
    check(b == 0 or (p // b == a and p % b == 0), a, b)
    check((a * b) * 3 == a * (b * 3) and p == b * a, a, b)
print(count, "pairs")
print("add", sums)
print("sub", diffs)
print("mul", products)

# Results that cancel down to small ints or to zero, and grow across the int64 boundary.
big = 2 ** 200 + 12345
print(big - (2 ** 200), (big + 1) - big, big - big, -big + big, type(big - big).__name__)
print((2 ** 62 - 1) + 1, -(2 ** 62) - 1, (2 ** 63) - 1, -(2 ** 63) + 0, (2 ** 64 - 1) * (2 ** 64 - 1))
print(10 ** 30 * (2 ** 62 - 1), (2 ** 62 - 1) * -(10 ** 30), 0 * 10 ** 40, 10 ** 40 * 0, -1 * 10 ** 40)
print(True * 10 ** 30, 10 ** 30 + True, 10 ** 30 - False, False * -(10 ** 30))

# Products long enough for Karatsuba, mixed with short ones.
x, y = operand(120), operand(90)
z = x * y
print(digest(digest(digest(digest(0, z), x * (y + 1)), (x - 1) * y), z * z), z == y * x, (z // y == x) if y else None)
print("broken total", bad)
