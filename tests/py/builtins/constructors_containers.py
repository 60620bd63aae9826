# list(), tuple(), dict(), set() and frozenset() built from many kinds of iterables.
def gen():
    yield 1
    yield 2
sources = [[1, 2], (1, 2), "12", range(1, 3), gen(), {1: "a", 2: "b"}, iter([1, 2])]
for s in sources:
    print(type(s).__name__ in ("list", "tuple", "str", "range", "dict") or "iterator", list(s))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x for x in "xy"), tuple({"k": 1}))
print(sorted(set([3, 1, 3])), sorted(set("aab")), sorted(frozenset(range(3))), set(), frozenset())
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict([]))
print(dict([[1, 2], (3, 4), "xy"]))
print(list(list([1])), tuple(tuple((1,))), list({"k": 1}.items()), list({"k": 1}.values()))
for ctor in (list, tuple, set, frozenset, dict):
    try:
        ctor(5)
    except TypeError:
        print(ctor.__name__, "TypeError")
original = [1, 2]
copied = list(original)
copied.append(3)
print(original, copied)
print(len(list(range(1000))), len(tuple(range(1000))), len(set(range(1000))))
