# Tuples as composite dict keys for caching results of multi-argument functions.
cache = {}
calls = [0]
def binom(n, k):
    key = (n, k)
    if key in cache:
        return cache[key]
    calls[0] += 1
    r = 1 if k in (0, n) else binom(n - 1, k - 1) + binom(n - 1, k)
    cache[key] = r
    return r
print(binom(30, 15), calls[0], len(cache))
print(binom(30, 15), calls[0])
print(sorted(k for k in cache if k[0] == 3), cache[(4, 2)])
grid = {(r, c): r * 10 + c for r in range(3) for c in range(3)}
print(grid[(2, 1)], grid.get((5, 5), "none"), sorted(grid)[:4], max(grid, key=grid.get))
print((1, None) == (1, None), (None,) < (None, 1), (1, 2, 3) > (1, 2), hash((None, 0)) == hash((None, 0)))
