# N-queens by backtracking with sets for the attacked diagonals.
def solve(n):
    solutions = 0
    cols, diag1, diag2 = set(), set(), set()

    def place(row):
        nonlocal solutions
        if row == n:
            solutions += 1
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions


print([solve(n) for n in range(4, 10)])
