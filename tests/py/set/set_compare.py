# Subset/superset relations and equality.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a == b, a != b)
print(a < a, a <= a, a >= a, a > a)
print(a.issubset(b), b.issuperset(a), a.issubset([1, 2]), b.issuperset(range(3)))
print(a.isdisjoint({3, 4}), a.isdisjoint([2]), set().isdisjoint(set()))
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} == {2, 1})
print(set() < {1}, set() <= set(), {1} == frozenset([1]), frozenset([1]) < {1, 2})
print({1, 2} == [1, 2], {1} != (1,))
try:
    {1} < [1, 2]
except TypeError:
    print("TypeError set < list")
sets = [{1, 2, 3}, {1}, {1, 2}, set()]
print([len(s) for s in sorted(sets, key=len)])
print(all(s <= {1, 2, 3} for s in sets), any(s > {1, 2} for s in sets))
print({1, 2, 3} - {2} == {1, 3}, {frozenset([1])} == {frozenset([1])})
