# Big ints multiplied by one-word factors and compared in place, both signs, at digit boundaries.
values = [2**32 - 1, 2**32, 2**64 - 1, 2**64, -2**64, 10**40, -(10**40) + 7, 3**200]
factors = [0, 1, -1, 2, 10, 2**31, 2**32 - 1, -(2**32 - 1), 2**32, 12345]
for v in values:
    print([v * f for f in factors])
    print([f * v for f in factors])
for a in values + factors:
    print([(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in values])
print(10**50 < 10**50 + 1, -10**50 < -10**50 + 1, -10**50 < 10**49, 10**50 == 10**50)
print(True < 2**70, 2**70 > False, 2**70 == 2**70 * 1)


class Big(int):
    pass


print(Big(5) < 2**70, Big(2**70) == 2**70, Big(-2**70) < -2**69, 2**70 > Big(3))
