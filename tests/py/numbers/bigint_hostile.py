# Big ints at the edges a hostile program reaches for: zero divisors of every kind, -1, 2**63,
# huge and negative shifts, bools and int subclasses as operands, and results that are small.


def attempt(f):
    try:
        return f()
    except (MemoryError, OverflowError):
        return "refused"   # CPython and a fixed heap refuse such sizes in their own ways
    except Exception as e:
        return type(e).__name__


big = 2 ** 100 + 7
for zero in (0, False, 0 * big, big - big):
    print(attempt(lambda: big // zero), attempt(lambda: big % zero), attempt(lambda: divmod(big, zero)),
          attempt(lambda: -big // zero), attempt(lambda: big / zero), attempt(lambda: (2 ** 63) // zero))
print(big // -1, big % -1, -big // -1, divmod(big, -1), divmod(-big, 1), big * -1, -1 * big)
print(-(2 ** 63) // -1, (2 ** 63) // -(2 ** 63), (2 ** 63) % -(2 ** 63), -(2 ** 63) * -1, (2 ** 63) - 2 ** 63)
print(big >> 10 ** 20, -big >> 10 ** 20, big >> 2 ** 63, -big >> 2 ** 63, attempt(lambda: big >> -1))
print(attempt(lambda: big << 2 ** 63), attempt(lambda: 1 << 10 ** 20), attempt(lambda: big << -1))
print(0 << 10 ** 20, 0 << 2 ** 63, big << 0, big >> 0, (2 ** 63) >> 63, (-(2 ** 63)) >> 64)


class Big(int):
    pass


s = Big(2 ** 80)
print(s + 1, s - s, s * 3, s // 7, s % 7, 3 * s, type(s + 1).__name__, type(s * 0).__name__)
print(Big(5) * 2 ** 70, 2 ** 70 // Big(3), 2 ** 70 % Big(-3), type(2 ** 70 // Big(3)).__name__)
print(True + 2 ** 64, 2 ** 64 - True, True * -(2 ** 64), False * 2 ** 64, type(True * 2 ** 64).__name__)
print(attempt(lambda: big + "x"), attempt(lambda: big * None), attempt(lambda: big // 1.5), big // 2.0)

# Unary operators, hashes, bit lengths and comparisons across the int64 and small-int edges.
edges = [2 ** 61 - 1, 2 ** 61, 2 ** 62 - 1, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64, 2 ** 122 - 2 ** 61, big]
for e in edges + [-e for e in edges]:
    print(-e, +e, abs(e), ~e, ~~e == e, hash(e), hash(-e) == -hash(e) or hash(e) == -1, e.bit_length())
print(-s, +s, abs(-s), ~s, type(+s).__name__, type(abs(s)).__name__, type(-s).__name__)
for a in (0, -1, True, 2 ** 62 - 1, -(2 ** 63), 2 ** 63 - 1):
    print([(a < e, a == e, e < a, e >= a) for e in (2 ** 63, -(2 ** 63) - 1, big, -big)])
print(big == big + 0, big != big + 1, -big < big, sorted([big, -big, 0, 2 ** 63, -(2 ** 63), True]))
