a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {1, 2} < a, a >= {1}, a.isdisjoint({9}))
a.add(10); a.discard(1); a.remove(2)
print(a, len(a), 10 in a)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
print(sorted({x % 3 for x in range(10)}), set("hello") == set("olleh"), set(), frozenset({1, 2}))
f = frozenset([1, 2])
print({f: "frozen key"}[frozenset([2, 1])], f | {3}, type(f | {3}).__name__)
s = {3, 1, 2}
s.update([4], (5,))
print(s, s.union([6]), s.intersection({1, 9}), s.difference({1}), s.symmetric_difference({1, 7}))
print(s.issubset(range(10)), s.issuperset({1}), s.pop() in {1, 2, 3, 4, 5}, len(s))
print(set([1, 1, 2, 2]), {(1, 2), (1, 2)}, {1, 2} == frozenset({1, 2}))
