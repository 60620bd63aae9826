a, *b, c = range(6)
d = {**{"x": 1}, "y": b}
s = {1, 2} | {3}
print(a, b, c, d, s, d.get("z"), sorted(s, reverse=True)[::2])
