# Floor division, modulo and divmod of seeded random ints against CPython: divisors of one limb,
# two limbs, the dividend's size and larger, exact multiples, powers of 2**32 and 2**64 and their
# neighbours, every combination of signs, and operands that make algorithm D's estimate too
# large (its rare "add back" step). Digests of the results plus identity checks.

from _seeded import digest, limb, rand, seed

seed(0x9E3779B97F4A7C15)


def magnitude(limbs):
    x = 0
    for i in range(limbs):
        top = limb()
        if i == 0 and top == 0:
            top = 1 + rand(31)
        x = (x << 32) | top
    return x


bad = 0


def check(a, b):
    global bad
    q, r = a // b, a % b
    ok = (q, r) == divmod(a, b) and q * b + r == a and (0 <= r < b if b > 0 else b < r <= 0)
    if not ok and bad < 5:
        print("broken", hex(a), hex(b))
    bad += not ok
    return q, r


SIGNS = ((1, 1), (1, -1), (-1, 1), (-1, -1))
ADD_BACK = [
    (0x80000000000000000000000000000003, 0x200000000000000000000001),
    (0x300000001000000017FFFFFFF, 0x30000000100000003),
    (0x7FFFFFFF7FFFFFFF200000000000000300000001, 0x7FFFFFFFFFFFFFFF2000000000000000),
    (0xFFFFFFFF0000000000000000000000007FFFFFFF, 0x7FFFFFFF800000007FFFFFFF7FFFFFFF),
    (0x200000008000000000000003, 0x32000000000000001),
    (0x7FFFFFFF00000000000000000000000000000002, 0x800000000000000000000002),
    (0x7FFFFFFFFFFFFFFE0000000200000000, 0x10000000200000000FFFFFFFF),
    (0xFFFFFFFFFFFFFFFE000000030000000320000000, 0xFFFFFFFFFFFFFFFEFFFFFFFE00000002),
]
POWERS = [2 ** 32, 2 ** 64, 2 ** 96, 2 ** 63, 2 ** 31]


def magnitudes():
    # Made as they are used: the default heap does not hold them all at once.
    for _ in range(120):
        n = 1 + rand(4)
        for m in (1, 2, n, n + 1 + rand(2)):   # divisor limbs: one, two, the same, more
            yield magnitude(n + rand(2)), magnitude(m)
    for _ in range(60):
        b, k = magnitude(1 + rand(4)), magnitude(1 + rand(3))
        yield b * k, b
        yield b * k + 1, b
        yield b * k - 1, b
    for p in POWERS:
        for d in (p - 1, p, p + 1):
            for a in (p * p - 1, p * p, p * p + 1, 3 ** 100, 2 ** 200 - 1, p - 1):
                yield a, d
    yield from ADD_BACK


for a, b in ADD_BACK:
    print(divmod(a, b), divmod(-a, b))
count = quotients = remainders = 0
for a, b in magnitudes():
    for sa, sb in SIGNS:
        q, r = check(sa * a, sb * b)
        count += 1
        quotients, remainders = digest(quotients, q), digest(remainders, r)
print(count, "cases")
print("floordiv", quotients)
print("mod", remainders)

# Small by big and big by small, both signs: quotients 0 and -1, remainders a and a + b.
big = 7 ** 60
for a in (0, 1, -1, 5, -5, 2 ** 62 - 1, -(2 ** 62)):
    print(a // big, a % big == a, a % -big, divmod(a, -big)[0], (-big) // (a or 1), big % (a or 3))
print(2 ** 64 // 2 ** 32, 2 ** 64 % (2 ** 32 - 1), -(2 ** 64) // 3, -(2 ** 64) % 3, (2 ** 96 - 1) // (2 ** 64 - 1))
print(-(2 ** 63) // -1, (-(2 ** 63)) % -1, -(2 ** 63) // 1, divmod(-(2 ** 63), -1), divmod(2 ** 63, 2 ** 63))
print(True // 1, (10 ** 30) // True, (10 ** 30) % True, -(10 ** 30) // True, divmod(True, 10 ** 30))

# A long quotient (algorithm D over many steps) and a long remainder.
a, b = magnitude(300), magnitude(37)
q, r = check(a, b)
print(digest(digest(0, q), r), q.bit_length(), r < b, check(-a, b)[0] == -q - 1)
print("broken total", bad)
