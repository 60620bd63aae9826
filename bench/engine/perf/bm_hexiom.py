# Hexiom: place numbered tiles on a hexagonal board so that each tile's number is the count of its
# occupied neighbours. Depth-first search over cell domains kept as bit sets, with constraint
# propagation (neighbour bounds, tile counts) after every choice: lists, tuples, dicts, small-int
# bit arithmetic and recursion.
import _clock

EMPTY = 7                      # value index of "no tile"; tiles carry 0..6
EMPTY_BIT = 1 << EMPTY
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))
BITS = [1 << v for v in range(8)]
POPCOUNT = [bin(m).count("1") for m in range(256)]


def make_board(side):
    cells, index = [], {}
    for q in range(1 - side, side):
        for r in range(1 - side, side):
            if abs(q + r) < side:
                index[(q, r)] = len(cells)
                cells.append((q, r))
    neighbours = []
    for q, r in cells:
        near = [index[(q + dq, r + dr)] for dq, dr in STEPS if (q + dq, r + dr) in index]
        neighbours.append(tuple(near))
    return cells, neighbours


def make_puzzle(neighbours, seed, locked_every):
    # A solved board from a small linear congruential generator, then its tiles as counts and a
    # few cells locked to their value (as the puzzle's fixed tiles).
    state = seed
    occupied = []
    for _ in neighbours:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        occupied.append(state % 3 != 0)
    values = []
    for i, near in enumerate(neighbours):
        values.append(sum(1 for j in near if occupied[j]) if occupied[i] else EMPTY)
    counts = [0] * 8
    for v in values:
        counts[v] += 1
    locked = {i: values[i] for i in range(0, len(values), locked_every)}
    return counts, locked


def propagate(domains, neighbours, counts):
    changed = True
    while changed:
        changed = False
        for i, near in enumerate(neighbours):
            lo = hi = 0
            for j in near:
                d = domains[j]
                if d & ~EMPTY_BIT:
                    hi += 1
                    if not d & EMPTY_BIT:
                        lo += 1
            d = domains[i]
            allowed = EMPTY_BIT
            for v in range(lo, hi + 1):
                allowed |= BITS[v]
            if d & allowed != d:
                d &= allowed
                if not d:
                    return False
                domains[i] = d
                changed = True
            if POPCOUNT[d] == 1 and d != EMPTY_BIT and lo != hi:
                v = BITS.index(d)
                for j in near:
                    dj = domains[j]
                    if dj & EMPTY_BIT and dj != EMPTY_BIT:
                        # Enough tiles already round this one: the rest stay empty; or every
                        # possible neighbour is needed: none of them may stay empty.
                        dj = EMPTY_BIT if lo == v else (dj & ~EMPTY_BIT if hi == v else dj)
                        if dj != domains[j]:
                            if not dj:
                                return False
                            domains[j] = dj
                            changed = True
        for v in range(8):
            bit = BITS[v]
            fixed = possible = 0
            for d in domains:
                if d & bit:
                    possible += 1
                    if d == bit:
                        fixed += 1
            if fixed > counts[v] or possible < counts[v]:
                return False
            if fixed == counts[v] and possible > fixed:
                for i, d in enumerate(domains):
                    if d & bit and d != bit:
                        domains[i] = d & ~bit
                        changed = True
            elif possible == counts[v] and possible > fixed:
                for i, d in enumerate(domains):
                    if d & bit and d != bit:
                        domains[i] = bit
                        changed = True
    return True


def valid(domains, neighbours):
    for i, near in enumerate(neighbours):
        d = domains[i]
        if d != EMPTY_BIT and BITS[sum(1 for j in near if domains[j] != EMPTY_BIT)] != d:
            return False
    return True


def search(domains, neighbours, counts, found, stats):
    stats[0] += 1
    if not propagate(domains, neighbours, counts):
        return
    best, best_size = -1, 9
    for i, d in enumerate(domains):
        size = POPCOUNT[d]
        if 1 < size < best_size:
            best, best_size = i, size
    if best < 0:
        if valid(domains, neighbours):
            found.append(tuple(BITS.index(d) for d in domains))
        return
    d = domains[best]
    for v in range(8):
        if d & BITS[v]:
            trial = domains[:]
            trial[best] = BITS[v]
            search(trial, neighbours, counts, found, stats)


def solve(side, seed, locked_every):
    cells, neighbours = make_board(side)
    counts, locked = make_puzzle(neighbours, seed, locked_every)
    any_value = 0
    for v in range(8):
        if counts[v]:
            any_value |= BITS[v]
    domains = [BITS[locked[i]] if i in locked else any_value for i in range(len(cells))]
    found, stats = [], [0]
    search(domains, neighbours, counts, found, stats)
    return found, stats[0]


def show(solution):
    return "".join("." if v == EMPTY else str(v) for v in solution)


start = _clock.now()
results = []
for side, seed, locked_every in ((3, 11, 4), (3, 29, 5), (4, 4, 6), (4, 7, 6), (4, 9, 6), (4, 10, 6),
                               (4, 15, 6), (4, 16, 6), (4, 123, 7)):
    found, nodes = solve(side, seed, locked_every)
    results.append((side, seed, len(found), nodes, show(found[0]) if found else "-"))
_clock.report(start)
for r in results:
    print(*r)
