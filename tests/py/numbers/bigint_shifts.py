# << and >> of seeded random ints of every size and sign by counts around limb boundaries,
# against CPython: >> is a floor (a negative that loses one bits rounds away from zero).

from _seeded import digest, limb, rand, seed

seed(0x5DEECE66D)


def operand(max_limbs):
    x = 0
    for _ in range(rand(8) % (max_limbs + 1)):
        x = (x << 32) | limb()
    return -x if rand(1) else x


COUNTS = (0, 1, 5, 31, 32, 33, 63, 64, 65, 95, 96, 97, 200, 1000)
bad = count = left = right = 0
for i in range(400):
    a = operand(10) if i % 4 else (rand(1) * 2 - 1) << rand(7)   # some powers of two
    for n in COUNTS + (rand(9),):
        l, r = a << n, a >> n
        count += 1
        left, right = digest(left, l), digest(right, r)
        ok = l == a * 2 ** n and r == a // 2 ** n and l >> n == a and (r << n) + a % 2 ** n == a
        if not ok and bad < 5:
            print("broken", hex(a), n)
        bad += not ok
print(count, "shifts")
print("lshift", left)
print("rshift", right)
print("broken total", bad)

# Results that end small, at -1 or 0, across int64, and shifts of bools and small ints into heap ints.
big = 2 ** 100 + 1
print(big >> 100, -big >> 100, -big >> 101, big >> 101, -(2 ** 100) >> 100, -(2 ** 100) >> 101, -big >> 10 ** 6)
print((2 ** 64) >> 1, -(2 ** 64) >> 1, (2 ** 64 - 1) >> 32, -(2 ** 64 - 1) >> 32, -(2 ** 63) >> 0, (2 ** 62) >> 0)
print(1 << 62, -1 << 62, -1 << 63, True << 64, 3 << 100, (-3) << 100, (2 ** 62 - 1) << 1, big << 0 == big)
