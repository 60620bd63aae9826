l = [3, 1, 2]
l.append(5); l.insert(0, 9); l.extend([7, 7])
print(l, len(l), l.count(7), l.index(2))
l.remove(7)
print(l, l.pop(), l.pop(0), l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.reverse()
print(l, l + [0], l * 2, [0] * 3, 3 in l, l[::-1])
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
m = [[1, 2], [3, 4]]
c = m.copy()
c[0].append(9)
print(m, c, m == c, m is c)
l.clear()
print(l, list("abc"), list(range(3)), [1, 2] < [1, 2, 0])
nested = [1, [2, [3]]]
nested[1][1].append(nested)
print(nested)
try:
    [].pop()
except IndexError as e:
    print(e)
stable = sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda p: p[0])
print(stable)
