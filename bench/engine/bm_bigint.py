# Arbitrary-precision integers: a spigot for the digits of pi, factorials, powers.
def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return "".join(map(str, digits))


def run():
    digits = pi_digits(600)
    f = 1
    for i in range(1, 800):
        f *= i
    p = pow(3, 5000) % (10 ** 40)
    return digits[-20:], len(str(f)), p


print(run())
