# Sieve of Eratosthenes and a few number-theory helpers built on it.
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = 0
        i += 1
    return [k for k in range(n + 1) if flags[k]]
primes = sieve(1000)
print(len(primes), primes[:15], primes[-5:])
def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors
for n in (2, 12, 97, 360, 1001, 65536, 999983, 123456789):
    print(n, factorize(n))
def is_prime(n):
    if n < 2:
        return False
    for p in primes:
        if p * p > n:
            return True
        if n % p == 0:
            return False
    return True
print([n for n in range(990, 1020) if is_prime(n)])
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(len(twins), twins[:6])
goldbach = {}
pset = set(primes)
for even in range(4, 60, 2):
    for p in primes:
        if even - p in pset:
            goldbach[even] = (p, even - p)
            break
print(goldbach)
