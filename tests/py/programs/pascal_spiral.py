# Pascal's triangle rows and a spiral walk over a matrix.
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
    return rows
for row in pascal(8):
    print(" ".join(str(v) for v in row).center(40).rstrip())
print(sum(pascal(20)[-1]), pascal(40)[-1][20])
def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        out += [m[top][c] for c in range(left, right + 1)]
        out += [m[r][right] for r in range(top + 1, bottom + 1)]
        if top < bottom:
            out += [m[bottom][c] for c in range(right - 1, left - 1, -1)]
        if left < right:
            out += [m[r][left] for r in range(bottom - 1, top, -1)]
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
grid = [[r * 4 + c for c in range(4)] for r in range(3)]
print(spiral(grid), spiral([[1]]), spiral([[1, 2, 3]]), spiral([[1], [2], [3]]))
