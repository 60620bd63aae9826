# map() and filter() are lazy iterators over one or more iterables.
print(list(map(abs, [-1, 2, -3])), list(map(str, range(3))), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 2, range(10))))
print(list(filter(str.isalpha, "a1b2")), "".join(filter(str.isdigit, "a1b2c3")))
m = map(lambda v: v * 2, [1, 2, 3])
print(next(m), list(m), list(m))
log = []
def noisy(v):
    log.append(v)
    return v * 10
lazy = map(noisy, [1, 2, 3])
print(log)
print(next(lazy), log)
f = filter(lambda v: v > 1, iter([0, 1, 2, 3]))
print(list(f))
print(sum(map(int, "12345")), max(map(len, ["aa", "b", "cccc"])), sorted(map(str.lower, "CbA")))
print(list(map(tuple, [[1], [2, 3]])), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
try:
    map(abs)
except TypeError:
    print("TypeError map needs an iterable")
try:
    list(map(abs, ["x"]))
except TypeError:
    print("TypeError inside map")
print(list(map(lambda *a: a, "ab", "cd", "ef")))
print(list(filter(lambda s: s.startswith("b"), ["ab", "ba", "bb"])))
