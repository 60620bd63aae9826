# Recursive functions over moderately deep data structures.
def build(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node
def length(node):
    return 0 if node is None else 1 + length(node[1])
print(length(build(100)))
nested = []
cur = nested
for i in range(60):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(nested).count("["), len(repr(nested)))
def depth(x):
    if not isinstance(x, list) or not x:
        return 1 if isinstance(x, list) else 0
    return 1 + max(depth(e) for e in x)
print(depth(nested))
d = {}
cur = d
for i in range(40):
    cur["k"] = {}
    cur = cur["k"]
import json
s = json.dumps(d)
print(s.count("{"), json.loads(s) == d)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def sum_tree(t):
    return t if isinstance(t, int) else sum(sum_tree(c) for c in t)
print(sum_tree([1, [2, [3, [4, [5, [6]]]]], [[7], 8]]))
