# Wrong calls raise TypeError; the function body never runs.
calls = []
def two(a, b):
    calls.append((a, b))
def kw(a, *, k):
    calls.append((a, k))
def none():
    calls.append(())
cases = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, a=1),
    lambda: two(1, c=2),
    lambda: two(),
    lambda: kw(1, 2),
    lambda: kw(1),
    lambda: kw(k=1),
    lambda: none(1),
    lambda: none(x=1),
    lambda: two(b=1, a=2),
    lambda: kw(0, k=0),
    lambda: none(),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "ok")
    except TypeError:
        print(i, "TypeError")
print(calls)
try:
    (lambda x: x)()
except TypeError:
    print("lambda TypeError")
try:
    len(1, 2)
except TypeError:
    print("builtin TypeError")
try:
    s = "abc"
    s()
except TypeError:
    print("not callable")
