# all() and any() with short-circuiting over various iterables.
print(all([]), any([]), all([1, 2]), any([0, 0]), all([1, 0]), any([0, 1]))
print(all("abc"), any(""), all([[]]), any([[]]), all([[0]]), any({0: 1}))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(5)), all(range(0)))
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(v) for v in [0, 0, 5, 0, 7]), seen)
seen.clear()
print(all(check(v) for v in [1, 2, 0, 3]), seen)
print(type(all([])).__name__, any([None, "", 0.0, 0]))
try:
    all(5)
except TypeError:
    print("TypeError")
print(all([True, 1, "x", [0]]), any({False, None}))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(all([Truthy(True), Truthy(True)]), any([Truthy(False)]))
print(all(map(str.isdigit, ["1", "22"])), any(map(str.isupper, "abc")))
