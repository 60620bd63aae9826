# Tic-tac-toe: win detection and minimax with alpha-beta from a few mid-game positions.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None
def minimax(b, player, alpha, beta):
    w = winner(b)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in b:
        return 0, None
    best_move = None
    for i in range(9):
        if b[i] != ".":
            continue
        nb = b[:i] + player + b[i + 1:]
        score, _ = minimax(nb, "O" if player == "X" else "X", alpha, beta)
        if player == "X" and score > alpha:
            alpha, best_move = score, i
        elif player == "O" and score < beta:
            beta, best_move = score, i
        if alpha >= beta:
            break
    return (alpha if player == "X" else beta), best_move
for board, player in [("XX.OO....", "X"), ("XX.OO....", "O"), ("X...O....", "X"), ("XOX.O....", "X"), ("XOXOXO...", "O")]:
    score, move = minimax(board, player, -2, 2)
    print(board, player, score, move)
def show(b):
    for r in range(3):
        print(" ".join(b[r * 3:r * 3 + 3]))
board = "........."
player = "X"
while winner(board) is None and "." in board:
    _, move = minimax(board, player, -2, 2)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
show(board)
print("winner:", winner(board))
