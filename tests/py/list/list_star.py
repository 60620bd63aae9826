# Unpacking into list displays and building lists from iterables.
a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 5], [*"hi", *range(2)], [*a])
print([*{"k": 1}], [*{7}], [*[]], [*(), 1])
first, *others = [*a, *b]
print(first, others)
print(list(range(3)) + [*range(3, 5)])
def gen():
    yield "g1"
    yield "g2"
print([*gen(), *gen()])
print(len([*range(100)]), [*map(str, [1, 2])])
m = [[*row, 0] for row in [[1], [2, 3]]]
print(m)
print((*a, *b), {*a, *b} == {1, 2, 3, 4})
print(print(*a, *b, sep="-"))
nested = [*[*[1], 2], 3]
print(nested)
def f(*args):
    return list(args)
print(f(*a, *b), f(*[], *()), f(*"ab", 9))
c = [*a]
c.append(9)
print(a, c)
