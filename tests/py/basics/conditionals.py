# if/elif/else and conditional expressions.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(x) for x in (-5, 0, 3, 42)])
for v in (0, 1, "", "a", None, [], [0]):
    print(repr(v), "T" if v else "F")
x = 5
print("a" if x > 3 else "b" if x > 1 else "c")
x = 2
print("a" if x > 3 else "b" if x > 1 else "c")
x = 0
print("a" if x > 3 else "b" if x > 1 else "c")
y = (lambda: "lazy")() if x else "eager"
print(y)
if x == 0: print("one-line if")
if x:
    pass
elif not x:
    print("elif taken")
if []:
    print("no")
else:
    print("empty list falsy")
calls = []
def c(v):
    calls.append(v)
    return v
r = c(1) if c(0) else c(2)
print(r, calls)
z = 10
if 5 < z < 20 and z % 2 == 0 or z == 99:
    print("compound true")
if not (z > 5 and z < 8):
    print("negated")
