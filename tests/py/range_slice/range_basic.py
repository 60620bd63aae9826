# range with one, two and three arguments, including negative steps.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(-3)), list(range(5, 2)), list(range(2, 5, -1)), list(range(-5, -1)))
print(list(range(-1, -10, -2)), list(range(3, -3, -1)), list(range(0, 1, 100)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[2], list(r))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0, -5, -1)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(0, -10)))
print(3 in range(5), 5 in range(5), -1 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(9 in range(10, 0, -1), 0 in range(10, 0, -1), 2 in range(5))
try:
    range(0, 10, 0)
except ValueError:
    print("ValueError step 0")
try:
    range(1.5)
except TypeError:
    print("TypeError float")
try:
    range(5)[5]
except IndexError:
    print("IndexError")
print(list(range(3)) == [0, 1, 2], list(range(5, 2)) == [], tuple(range(2)))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(10)).index(4), list(range(0, 10, 2)).index(6), range(1, 2)[0])
print(range(2, 30, 7).start, range(2, 30, 7).stop, range(2, 30, 7).step, range(4).start)
big = range(2 ** 40, 2 ** 40 + 10)
print(len(big), big[3], 2 ** 40 + 5 in big)
for i in range(3, 0, -1):
    print("countdown", i)
