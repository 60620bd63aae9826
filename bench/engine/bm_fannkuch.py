# Fannkuch: count the flips of pancake-style permutation reversals.
def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    r = n
    permutations = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        p = perm[:]
        flips = 0
        first = p[0]
        while first:
            p[: first + 1] = p[first::-1]
            flips += 1
            first = p[0]
        max_flips = max(max_flips, flips)
        checksum += flips if permutations % 2 == 0 else -flips
        permutations += 1
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


print(fannkuch(9))
