# List construction, indexing, concatenation, repetition and membership.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[1:], list(), [], list("ab"), list(range(3)), list((4, 5)))
print(a + [4], [0] + a, a * 2, 2 * a, a * 0, a * -3, [] * 5)
print(2 in a, 5 in a, 5 not in a, [] in [[]], [1] in [[1], 2])
print(a == [1, 2, 3], a != [1, 2], a == (1, 2, 3), [] == [])
print([1, "two", 3.0, None, [5]], len([[], [], []]))
b = a
b.append(4)
print(a, a is b)
c = list(a)
c.append(5)
print(a, c, c is a)
for i in range(-4, 4):
    print(i, a[i], end="; ")
print()
a[0] = "first"
a[-1] = "last"
print(a)
try:
    a[10]
except IndexError:
    print("IndexError read")
try:
    a[10] = 1
except IndexError:
    print("IndexError write")
try:
    a["0"]
except TypeError:
    print("TypeError str index")
print(list(list(list([1]))), [[1, 2], [3]][1][0])
print(list({"k1": 1, "k2": 2}), sorted(list({3, 1, 2})))
print(type([]).__name__, isinstance([], list), bool([]), bool([0]))
