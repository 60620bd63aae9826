# max() and min() with iterables, several arguments, key and default.
print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min(3, 1, 2), max("hello"), min("hello"))
print(max([1.5, 2, -3]), min([True, 0.5]), max((1, 2), (1, 3)), min([[2], [1, 9]]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([-5, 3, -7], key=abs), min([-5, 3, -7], key=abs), max("aBc", key=str.lower))
print(max([], default="empty"), min([], default=None), max([4], default=0), min((), default=-1))
print(max([1, 3, 3, 2], key=lambda v: v // 2), min([2, 3, 1, 0], key=lambda v: v % 2))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(range(10), key=lambda v: (v % 3, v)), min(x * x for x in range(-3, 3)))
print(max({"x": 1, "y": 2}), max({"x": 1, "y": 2}.values()), min({"x": 1, "y": 2}, key={"x": 1, "y": 2}.get))
for call in (lambda: max([]), lambda: min(iter([])), lambda: max(1), lambda: max(1, "a")):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(max(2 ** 70, 2 ** 69, -2 ** 80), min(1e308, float("inf")), max(float("-inf"), -1e308))
print(max(True, False), min("b", "a", "c"), max([[]], default=1))
