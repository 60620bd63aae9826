def f(a, b, seq):
    c = a + b
    c += 1
    c -= 2
    x = seq[a]
    y, z = c, x
    for i, v in enumerate(seq):
        for w in (1, 2):
            if v & 1 and w < 3:
                c += v % 7
    for r in range(a, b):
        for q in [r]:
            x = seq[q] if q < len(seq) else x
    self = type('T', (), {})()
    self.n = 0
    self.n += c
    return c, x, y, z, self.n
print(f(1, 3, [5, 6, 7, 8]))
it = iter([1, 2])
for k in it:
    print(next(it, None))
