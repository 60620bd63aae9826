# Wrong number of values when unpacking raises ValueError; non-iterables raise TypeError.
cases = [
    lambda: exec("a, b = 1, 2, 3"),
    lambda: exec("a, b, c = 1, 2"),
    lambda: exec("a, b = [1]"),
    lambda: exec("a, *b, c = [1]"),
    lambda: exec("a, b = 'xyz'"),
    lambda: exec("[a] = []"),
]
for case in cases:
    try:
        case()
        print("no error")
    except ValueError:
        print("ValueError")
for value in (5, None, 1.5):
    try:
        a, b = value
    except TypeError:
        print("TypeError", type(value).__name__)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError:
    print("ValueError gen")
a, *b = gen()
print(a, b)
try:
    for x, y in [(1, 2), (3,)]:
        print(x, y)
except ValueError:
    print("ValueError in loop")
a, b, c, *d = range(3)
print(a, b, c, d)
