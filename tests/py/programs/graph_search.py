# Breadth-first and depth-first search, shortest paths and topological order on small graphs.
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["a"],
}
def bfs(start):
    seen = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                queue.append(nxt)
    return seen
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
print(bfs("a"), dfs("a"), bfs("g"), bfs("f"))
def shortest(start, goal):
    prev = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in graph[node]:
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return None
print(shortest("a", "f"), shortest("g", "e"), shortest("f", "a"))
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n in graph if indeg[n] == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(topo())
weighted = {"s": {"a": 4, "b": 1}, "b": {"a": 2, "c": 5}, "a": {"c": 1}, "c": {}}
def dijkstra(src):
    dist = {src: 0}
    todo = {src}
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in weighted[u].items():
            if v not in dist or dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                todo.add(v)
    return sorted(dist.items())
print(dijkstra("s"))
