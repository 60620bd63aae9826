# Lists grown one item at a time past each step of their growth (4, 8, 16, 32, 64, then by half):
# the items, the length and slices stay right, and a list being built can be read meanwhile.
for n in [0, 1, 3, 4, 5, 8, 9, 16, 17, 31, 32, 33, 63, 64, 65, 96, 97, 200]:
    a = []
    for i in range(n):
        a.append(i * i)
    b = [i * i for i in range(n)]
    c = []
    c += b
    print(n, len(a), a == b == c, a[-1:] if a else None, sum(a), a[n // 2:n // 2 + 2])

# Appending to the list being iterated, up to a bound.
grow = [1]
for x in grow:
    if len(grow) < 70:
        grow.append(x + 1)
print(len(grow), grow[:5], grow[-3:])

# Lists of lists built by comprehensions, filtered and nested.
rows = [[c for c in range(r) if c % 3] for r in range(20)]
print([len(r) for r in rows], rows[19])
pairs = [(a, b) for a in range(9) for b in range(a)]
print(len(pairs), pairs[:3], pairs[-2:])
