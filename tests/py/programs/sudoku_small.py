# A backtracking sudoku solver run on a 4x4 and a classic 9x9 puzzle.
def solve(grid, n, box_r, box_c):
    for idx in range(n * n):
        r, c = divmod(idx, n)
        if grid[r][c] == 0:
            for v in range(1, n + 1):
                if ok(grid, r, c, v, n, box_r, box_c):
                    grid[r][c] = v
                    if solve(grid, n, box_r, box_c):
                        return True
                    grid[r][c] = 0
            return False
    return True
def ok(grid, r, c, v, n, box_r, box_c):
    if v in grid[r]:
        return False
    if any(grid[i][c] == v for i in range(n)):
        return False
    br, bc = r - r % box_r, c - c % box_c
    return all(grid[i][j] != v for i in range(br, br + box_r) for j in range(bc, bc + box_c))
g4 = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print(solve(g4, 4, 2, 2))
for row in g4:
    print(row)
g9 = [
    [5, 3, 0, 0, 7, 0, 0, 0, 0], [6, 0, 0, 1, 9, 5, 0, 0, 0], [0, 9, 8, 0, 0, 0, 0, 6, 0],
    [8, 0, 0, 0, 6, 0, 0, 0, 3], [4, 0, 0, 8, 0, 3, 0, 0, 1], [7, 0, 0, 0, 2, 0, 0, 0, 6],
    [0, 6, 0, 0, 0, 0, 2, 8, 0], [0, 0, 0, 4, 1, 9, 0, 0, 5], [0, 0, 0, 0, 8, 0, 0, 7, 9],
]
print(solve(g9, 9, 3, 3))
for row in g9:
    print("".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in g9))
