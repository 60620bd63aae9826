# A set is unhashable, yet `in`, remove and discard on a set look it up as the frozenset with the
# same items, as CPython does; other unhashable keys still raise TypeError.


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


s = {frozenset({1}), frozenset(), frozenset({2, 3}), 5}
show("in", lambda: {1} in s)
show("in empty", lambda: set() in s)
show("not in", lambda: {9} not in s)
show("in order-free", lambda: {3, 2} in s)
s.discard({1})
print(sorted(map(sorted, (k for k in s if isinstance(k, frozenset)))))
s.discard({9})          # absent: nothing happens
s.discard(set())
print(len(s))
s.remove({2, 3})
print(s)
show("remove absent", lambda: s.remove({7}))
try:
    s.remove({4})
except KeyError as e:
    print("KeyError args", e.args, type(e.args[0]).__name__)

# the frozenset receiver works the same way
fs = frozenset([frozenset({1, 2})])
show("frozenset in", lambda: {1, 2} in fs)
show("frozenset in miss", lambda: {1} in fs)

# other unhashable keys keep their TypeError
for key in ([1], {1: 2}, bytearray(b"x")):
    show("discard " + type(key).__name__, lambda: s.discard(key))
    show("remove " + type(key).__name__, lambda: s.remove(key))
    show("in " + type(key).__name__, lambda: key in s)

# a set of tuples becomes a frozenset of the same tuples
v = {frozenset({(1, 2), ("a",)})}
show("tuples in", lambda: {("a",), (1, 2)} in v)
v.discard({(1, 2), ("a",)})
print(v)

# set subclasses: unhashable ones are looked up as frozensets, hashable ones by their own hash


class S(set):
    pass


class H(set):
    def __hash__(self):
        return hash(frozenset(self))


t = {frozenset({1, 2}), frozenset({4})}
show("subclass in", lambda: S({1, 2}) in t)
t.discard(S({4}))
print(sorted(map(sorted, t)))
show("hashable subclass in", lambda: H({1, 2}) in t)
t.discard(H({1, 2}))
print(len(t))
t.add(H({7}))
show("hashable subclass kept", lambda: H({7}) in t)

# a key whose __eq__ mutates the set while it is being looked up


class Evil:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return hash(frozenset({1}))

    def __eq__(self, other):
        self.target.clear()
        return False


u = set()
u.add(Evil(u))
show("evil discard", lambda: u.discard({1}))
print(len(u))
u = set()
u.add(Evil(u))
show("evil in", lambda: {1} in u)
print(len(u))
