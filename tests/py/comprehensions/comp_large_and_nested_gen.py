# Large comprehensions and generator expressions nested inside comprehensions.
big = [i * i for i in range(10000)]
print(len(big), big[-1], sum(big) % 1000003)
evens = {i for i in range(10000) if i % 2 == 0}
print(len(evens), 9998 in evens, 9999 in evens)
table = {i: i % 7 for i in range(5000)}
print(len(table), sum(table.values()), table[4999])
rows = [[c for c in range(r)] for r in range(50)]
print(sum(len(r) for r in rows), rows[10])
sums = [sum(x for x in range(n)) for n in range(10)]
print(sums)
print([list(y * 2 for y in range(x)) for x in range(4)])
pairs = sorted({(a, b) for a in range(5) for b in range(5) if (a + b) % 4 == 0})
print(pairs)
words = "one two three two one four".split()
print({w: sum(1 for v in words if v == w) for w in words})
