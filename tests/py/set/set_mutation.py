# Mutating sets: add/remove/discard/pop/clear and in-place updates through aliases.
s = set()
for v in [3, 1, 4, 1, 5, 9, 2, 6, 5]:
    s.add(v)
print(sorted(s), len(s))
alias = s
s.discard(1)
s.remove(9)
print(sorted(alias), alias is s)
popped = []
while len(s) > 4:
    popped.append(s.pop())
print(len(popped), len(s), sorted(popped + list(s)) == [2, 3, 4, 5, 6])
t = {1, 2}
t.update([3, 4])
t.update({5})
print(sorted(t))
t.intersection_update({1, 3, 5, 7})
print(sorted(t))
t.difference_update({1})
print(sorted(t))
t.symmetric_difference_update({5, 6})
print(sorted(t))
t.clear()
print(t, len(t), alias is s)
frozen = frozenset([1, 2])
f2 = frozen
f2 |= {3}
print(sorted(frozen), sorted(f2), f2 is frozen, type(f2).__name__)
