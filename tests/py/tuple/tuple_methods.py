# count and index on tuples.
t = ("a", "b", "a", "c", "a", 1, 1.0, True)
print(t.count("a"), t.count(1), t.count("z"), t.count(True))
print(t.index("a"), t.index("a", 1), t.index("a", 3), t.index("c", -5), t.index(1))
try:
    t.index("z")
except ValueError:
    print("ValueError")
try:
    t.index("a", 5)
except ValueError:
    print("ValueError after start")
try:
    t.index("b", 2, 4)
except ValueError:
    print("ValueError window")
print(((1, 2), (1, 2)).count((1, 2)), ([1],).index([1]))
print(len(t), min((3, 1, 2)), max((3, 1, 2)), sum((1, 2, 3)))
try:
    t.append(1)
except AttributeError:
    print("AttributeError append")
try:
    t.sort()
except AttributeError:
    print("AttributeError sort")
print(sorted(("b", "a")), tuple(sorted(("b", "a"))))
print(any(()), all(()), any((0, 1)), all((1, 0)))
r = (1, 2, 3)
print(r.index(2), r.count(3), r[::-1].index(1))
