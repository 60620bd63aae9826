# Union, intersection, difference and symmetric difference with operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([7, 8])), sorted(a.intersection(range(3))), sorted(a.difference([1, 2])))
print(sorted(a.union((9,))), sorted(a.intersection((4, 5))), sorted(a.symmetric_difference([1, 9])))
print(sorted(a), sorted(b))
try:
    a | [5]
except TypeError:
    print("TypeError set | list")
try:
    a - "x"
except TypeError:
    print("TypeError set - str")
print(sorted(a | set()), sorted(a & set()), a - a, sorted(a ^ a))
print(sorted((a | b) - (a & b)) == sorted(a ^ b))
print(sorted(a | b | {0}), sorted(a & b & {3}), sorted(a - b - {1}))
x = {1, 2}
x |= {3}
print(sorted(x))
x &= {2, 3, 4}
print(sorted(x))
x -= {2}
print(sorted(x))
x ^= {3, 9}
print(sorted(x))
y = {1, 2, 3}
y.update([4, 5])
print(sorted(y))
y.intersection_update({1, 2, 3, 4})
print(sorted(y))
y.difference_update([1])
print(sorted(y))
y.symmetric_difference_update({4, 10})
print(sorted(y))
