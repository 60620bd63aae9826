# Dynamic programming: edit distance, longest common subsequence and 0/1 knapsack.
def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
for a, b in [("kitten", "sitting"), ("", "abc"), ("abc", "abc"), ("flaw", "lawn"), ("日本語", "日本")]:
    print(a, b, levenshtein(a, b))
def lcs(a, b):
    table = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = a[i] + table[i + 1][j + 1]
            else:
                x, y = table[i + 1][j], table[i][j + 1]
                table[i][j] = x if len(x) >= len(y) else y
    return table[0][0]
print(lcs("ABCBDAB", "BDCABA"), lcs("dynamic", "programming"), repr(lcs("abc", "xyz")))
def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[capacity]
items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)]
print(knapsack(items, 15), knapsack(items, 5), knapsack([], 10))
def coin_change(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else -1
print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3), coin_change([3, 7], 20))
