# Recursion with explicit memo tables, and converting recursion to iteration.
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib_iter(90) == fib(90), fib_iter(300))
paths = {}
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in paths:
        paths[key] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return paths[key]
print(grid_paths(16, 16), grid_paths(3, 3))
def coin_ways(amount, coins, cache=None):
    if cache is None:
        cache = {}
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    key = (amount, len(coins))
    if key not in cache:
        cache[key] = coin_ways(amount - coins[0], coins, cache) + coin_ways(amount, coins[1:], cache)
    return cache[key]
print(coin_ways(100, [50, 25, 10, 5, 1]))
