# Nested lists: matrices, transposition, flattening and in-place updates.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], [row[0] for row in m])
t = [[m[r][c] for r in range(3)] for c in range(3)]
print(t)
print(list(map(list, zip(*m))))
print([x for row in m for x in row], sum(sum(row) for row in m))
m[0][0] = "X"
print(m)
for row in m:
    row.append(0)
print(m)
diag = [m[i][i] for i in range(3)]
print(diag)
tree = [1, [2, [3, [4, []]]]]
depth = 0
node = tree
while node:
    depth += 1
    node = node[1] if len(node) > 1 else None
print(depth)
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid)
print([[0] * 2 for _ in range(3)], [[]] * 2)
jag = [[1], [2, 3], [], [4, 5, 6]]
print([len(r) for r in jag], max(jag, key=len), sorted(jag, key=len))
