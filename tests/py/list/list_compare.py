# Lexicographic comparison of lists.
pairs = [([1, 2], [1, 3]), ([1, 2], [1, 2]), ([1, 2], [1, 2, 0]), ([], [0]), ([2], [1, 9, 9]),
         ([1, [2]], [1, [3]]), (["a"], ["b"]), ([1.0], [1]), ([0], [False])]
for x, y in pairs:
    print(x, y, x < y, x <= y, x == y, x != y, x > y, x >= y)
try:
    [1, 2] < [1, "a"]
except TypeError:
    print("TypeError element")
try:
    [1] < (1,)
except TypeError:
    print("TypeError list < tuple")
print([1, 2] == (1, 2), [1] != (1,))
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
print(sorted([[3], [1, 2], [1], [], [2, 0]]))
x = [1, 2]
print(x == x, x <= x, x < x)
print([1, 2] < [1, 2, "anything"], [1, 3] > [1, 2, "anything"])
nan = float("nan")
l = [nan]
print(l == l, len(l))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print([Cmp(1), Cmp(2)] == [Cmp(1), Cmp(2)], [Cmp(1)] < [Cmp(2)], [Cmp(3)] < [Cmp(2)])
