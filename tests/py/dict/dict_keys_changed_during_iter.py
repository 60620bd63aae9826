# Deleting one key and adding another keeps the size but changes the keys: iteration raises
# "dictionary keys changed during iteration" instead of running on.
def attempt(label, d, body, view=lambda d: d):
    seen = []
    try:
        for k in view(d):
            seen.append(k)
            body(d, k)
        print(label, "finished", seen)
    except RuntimeError as e:
        print(label, "RuntimeError", e, seen)
    print(" ", d)

def swap(d, k):
    del d[k]
    d[k + 10] = 0

attempt("keys", {1: 1, 2: 2}, swap)
attempt("keys of one", {1: 1}, swap)
attempt("view keys", {1: 1, 2: 2}, swap, lambda d: d.keys())
attempt("values", {1: 1, 2: 2}, lambda d, v: swap(d, v), lambda d: d.values())
attempt("items", {1: 1, 2: 2}, lambda d, kv: swap(d, kv[0]), lambda d: d.items())

# Setting existing keys changes nothing about the keys.
attempt("same keys", {1: 1, 2: 2, 3: 3}, lambda d, k: d.__setitem__(k, k * 2))

# A delete and re-add of the same key moves it to the end.
def readd(d, k):
    v = d.pop(k)
    d[k] = v
attempt("re-add", {1: 1, 2: 2}, readd)

# After the error the iterator is finished.
d = {1: 1, 2: 2}
it = iter(d)
next(it)
del d[1]
d[3] = 3
next(it)
try:
    next(it)
except RuntimeError:
    print("RuntimeError")
print(list(it))

# A size change still reports the size.
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print(e)

# A set reports a change of size.
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print(e)
