# Digits of pi and e with big-integer arithmetic (Machin's formula and a series for e).
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)
def e_digits(digits):
    unity = 10 ** (digits + 10)
    total = term = unity
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return str(total // 10 ** 10)
p = pi_digits(200)
print(p[0] + "." + p[1:51])
print(p[-20:], len(p))
e = e_digits(100)
print(e[0] + "." + e[1:51])
print(sum(int(c) for c in p), p.count("9"), p.find("999999"))
print(str(2 ** 1000).count("0"), sum(int(d) for d in str(2 ** 1000)))
f = 1
for i in range(2, 101):
    f *= i
print(sum(int(d) for d in str(f)), len(str(f)))
