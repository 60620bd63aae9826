# Conway's Game of Life on a small torus, printed for a few generations.
W, H = 10, 8
def step(cells):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    for key, n in counts.items():
        if n == 3 or (n == 2 and key in cells):
            new.add(key)
    return new
def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(7, 5), (7, 6), (7, 7)}
cells = glider | blinker
for gen in range(4):
    print("generation", gen, "alive", len(cells))
    show(cells)
    cells = step(cells)
for _ in range(36):
    cells = step(cells)
print("after 40 generations:", len(cells), sorted(cells)[:5])
