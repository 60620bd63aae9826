# Set construction, membership, add/discard/remove and length.
s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 in s, 5 not in s)
print(sorted(set("hello")), sorted(set([1, 1, 2])), set(), len(set()), sorted(set(range(5))))
print(sorted({1, 1.0, True}), {1, 1.0, True} == {1}, len({0, False, 0.0}))
s.add(4)
s.add(1)
print(sorted(s))
s.discard(10)
s.discard(4)
print(sorted(s))
s.remove(3)
print(sorted(s))
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", e.args)
e = set()
e.add("only")
print(e, e.pop(), e)
try:
    e.pop()
except KeyError:
    print("KeyError pop empty")
c = {1, 2}
c.clear()
print(c, bool(c), bool({0}))
try:
    {[1]}
except TypeError:
    print("TypeError unhashable")
try:
    s.add({})
except TypeError:
    print("TypeError add dict")
print(type(s).__name__, set is type(set()), isinstance(frozenset(), set))
print(sorted({(1, 2), (1, 2), (2, 1)}), sorted({"b", "a"}))
x = {1, 2, 3}
y = x.copy()
y.add(4)
print(sorted(x), sorted(y))
