# Nested comprehensions: matrices, flattening, transposes, and cartesian products.
m = [[r * 3 + c for c in range(3)] for r in range(3)]
print(m)
print([[row[c] for row in m] for c in range(3)])
print([v for row in m for v in row if v % 2])
print([[v * 2 for v in row if v > 2] for row in m])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([[i == j and 1 or 0 for j in range(4)] for i in range(4)])
suits = "SH"
ranks = ["A", "K", "2"]
print([r + s for s in suits for r in ranks])
print(sum([sum(row) for row in m]), max([max(row) for row in m]))
tri = [[1] * (i + 1) for i in range(5)]
for i in range(2, 5):
    for j in range(1, i):
        tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j]
print(tri)
print({k: [v for v in range(k)] for k in range(4)})
print([[c for c in w] for w in ["ab", "c"]])
print([x for x in [y * 2 for y in range(5)] if x > 4])
