# Sets of tuples and frozensets: coordinates, visited states and de-duplicated pairs.
moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
pos = (0, 0)
visited = {pos}
path = "NNEESSWWNE"
delta = {"N": (0, 1), "E": (1, 0), "S": (0, -1), "W": (-1, 0)}
for step in path:
    dx, dy = delta[step]
    pos = (pos[0] + dx, pos[1] + dy)
    visited.add(pos)
print(len(visited), sorted(visited), pos)
edges = [("a", "b"), ("b", "a"), ("a", "c"), ("c", "a"), ("b", "c")]
undirected = {frozenset(e) for e in edges}
print(len(undirected), sorted(sorted(e) for e in undirected))
neighbours = {p for p in ((1 + dx, 1 + dy) for dx, dy in moves)}
print(sorted(neighbours), (1, 2) in neighbours, (2, 2) in neighbours)
states = set()
s = (0, 0)
for i in range(20):
    states.add(s)
    s = ((s[0] + 3) % 4, (s[1] + 1) % 3)
print(len(states), s in states)
