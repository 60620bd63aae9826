# Binary search variants: exact match, lower bound and upper bound.
def find(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34]
for x in (0, 1, 3, 4, 21, 34, 35):
    print(x, find(a, x) >= 0, lower_bound(a, x), upper_bound(a, x), upper_bound(a, x) - lower_bound(a, x))
big = list(range(0, 100000, 7))
print(find(big, 700), find(big, 701), lower_bound(big, 99999), len(big))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 12, 2 ** 100)])
words = sorted("the quick brown fox jumps over the lazy dog".split())
print(words, lower_bound(words, "m"), words[lower_bound(words, "m")])
