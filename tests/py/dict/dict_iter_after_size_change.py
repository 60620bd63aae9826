# Once a dict or set iterator has seen a size change it raises RuntimeError on every later step,
# rather than carrying on from a position that no longer means anything; an exhausted iterator
# stays exhausted whatever happens to its container afterwards.


def steps(it, mutate, n=4, shown=lambda v: v):
    out = []
    try:
        out.append(shown(next(it)))
    except Exception as e:
        out.append(type(e).__name__)
    mutate()
    for _ in range(n):
        try:
            out.append(shown(next(it)))
        except StopIteration:
            out.append("stop")
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def fresh():
    return {1: "a", 2: "b", 3: "c"}


d = fresh()
print("keys grow", steps(iter(d), lambda: d.__setitem__(9, "z")))
d = fresh()
print("keys view", steps(iter(d.keys()), lambda: d.pop(1)))
d = fresh()
print("values", steps(iter(d.values()), lambda: d.pop(3)))
d = fresh()
print("items", steps(iter(d.items()), d.clear))
d = fresh()
print("update", steps(iter(d), lambda: d.update({7: 7, 8: 8})))
d = fresh()
print("setdefault", steps(iter(d), lambda: d.setdefault(5, 5)))
d = fresh()
print("popitem", steps(iter(d), d.popitem))
d = fresh()
# a value replaced in place keeps the size: iteration goes on
print("same size", steps(iter(d.items()), lambda: d.__setitem__(2, "B")))


def add_and_remove():
    d[9] = 9
    del d[9]


d = fresh()
print("back to size", steps(iter(d), add_and_remove))

# the size comes back to what the iterator expected after the error: still an error
d = fresh()
it = iter(d)
next(it)
d[9] = 9
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
del d[9]
try:
    print(next(it))
except RuntimeError as e:
    print("still RuntimeError", e)

# a for loop stops at the first error; the same iterator reused raises again
d = fresh()
it = iter(d)
try:
    for k in it:
        d[k + 10] = k
except RuntimeError as e:
    print("for", e)
try:
    for k in it:
        print("resumed", k)
except RuntimeError as e:
    print("for again", e)
print(sorted(d))

# exhausted iterators
d = {1: 1}
it = iter(d.items())
print(list(it))
d[2] = 2
print(list(it), next(it, "default"))
s = {1}
it = iter(s)
print(list(it))
s.add(2)
print(list(it), next(it, "default"))

# sets and their iterators (set order is not pinned: keys show as "key")


def set_steps(it, mutate):
    return steps(it, mutate, shown=lambda v: "key")


def fresh_set():
    return {1, 2, 3}


s = fresh_set()
print("set add", set_steps(iter(s), lambda: s.add(9)))
s = fresh_set()
print("set discard", set_steps(iter(s), lambda: s.discard(2)))
s = fresh_set()
print("set clear", set_steps(iter(s), s.clear))
s = fresh_set()
print("set update", set_steps(iter(s), lambda: s.update(range(100))))
s = fresh_set()
print("set same size", len(set_steps(iter(s), lambda: s.discard(99))))
s = fresh_set()
print("set back", len(set_steps(iter(s), lambda: (s.add(9), s.discard(9)))))
s = fresh_set()
it = iter(s)
next(it)
s.add(9)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
s.discard(9)
try:
    next(it)
except RuntimeError as e:
    print("still RuntimeError", e)
# a set grown by iterating itself
s = {0}
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    print("for set", e)
print(sorted(s))
