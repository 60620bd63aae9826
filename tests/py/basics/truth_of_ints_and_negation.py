# Conditions on small ints, None and the edges of the small-int range, and negation across that
# range's ends, which the dispatch loop answers itself before the general path.
big = 2 ** 62
for v in (0, 1, -1, big - 1, -big, -big - 1, big, None, 0.0, -0.0, [], [0], "", "0"):
    r = []
    if v:
        r.append("if")
    if not v:
        r.append("not")
    r.append("and" if (v and True) else "or" if (v or False) else "neither")
    while v:
        r.append("while")
        break
    print(repr(v), r)
for n in (0, 1, -1, 2 ** 62 - 1, -(2 ** 62), -(2 ** 62) - 1, 2 ** 63, -(2 ** 63), 2 ** 64):
    print(-n, -(-n) == n, type(-n).__name__)
x = -(2 ** 62)
print(-x, -x - 1, -(x + 1))
