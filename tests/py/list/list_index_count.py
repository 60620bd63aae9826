# index with start/stop and count of equal elements.
l = ["a", "b", "c", "b", "a", "b"]
print(l.index("a"), l.index("b"), l.index("c"), l.index("b", 2), l.index("b", 4))
print(l.index("a", -2), l.index("b", 1, 2), l.index("a", 1, 5))
try:
    l.index("z")
except ValueError:
    print("ValueError missing")
try:
    l.index("c", 3)
except ValueError:
    print("ValueError after start")
try:
    l.index("a", 1, 3)
except ValueError:
    print("ValueError window")
print(l.count("a"), l.count("b"), l.count("z"), [].count(1))
m = [1, 1.0, True, "1", [1], (1,)]
print(m.count(1), m.count("1"), m.count([1]), m.index(True), m.index((1,)))
n = [[1, 2], [1, 2], [2, 1]]
print(n.count([1, 2]), n.index([2, 1]))
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print({x: nums.count(x) for x in sorted(set(nums))})
print(nums.index(5), nums.index(5, nums.index(5) + 1), nums.index(9, -6))
print([i for i, v in enumerate(nums) if v == 5])
try:
    nums.index()
except TypeError:
    print("TypeError no args")
