# Slice assignment from ranges and other iterables converted to lists, and computed slice bounds.
l = [0] * 10
l[2:5] = list(range(3))
print(l)
l[6:] = list(range(100, 104))
print(l)
s = "abcdefghij"
n = len(s)
print(s[n // 4:n * 3 // 4], s[-n // 2:], s[:max(0, n - 12)], s[min(n, 3):min(n, 30)])
mid = n // 2
print(s[:mid][::-1] + s[mid:][::-1])
a = list(range(10))
a[len(a) // 2:] = a[:len(a) // 2]
print(a)
b = list(range(6))
b[1:-1] = list(reversed(b[1:-1]))
print(b)
