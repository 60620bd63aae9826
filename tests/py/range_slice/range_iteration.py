# Iterating ranges: reuse, membership, reversed, large bounds and arithmetic on indexes.
r = range(2, 20, 3)
print(list(r), list(r), [x for x in r if x % 2], sum(r), len(r))
it = iter(r)
print(next(it), next(it), list(it))
print(list(reversed(r)), r[-1], r[len(r) - 1], 17 in r, 18 in r, -1 in r)
total = 0
for i in range(10 ** 6, 10 ** 6 + 5):
    total += i
print(total)
big = range(0, 2 ** 40, 2 ** 35)
print(len(big), big[5], list(big)[-1], 2 ** 36 in big, 2 ** 36 + 1 in big)
neg = range(0, -10, -3)
print(list(neg), len(neg), -9 in neg, -10 in neg)
print([i * i for i in range(5)][::-1], list(zip(range(3), range(10, 13))))
print(list(range(5))[::2] == list(range(0, 5, 2)))
