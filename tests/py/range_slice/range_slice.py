# Slicing a range gives another range with the same elements as slicing the list
# (the stop value shown by repr is an implementation detail, so elements are printed).
r = range(0, 20, 3)
print(list(r[1:4]), list(r[::2]), list(r[::-1]), list(r[-2:]), list(r[:0]), list(r[5:1:-1]))
print(type(r[1:4]).__name__, r[1:4].start, r[::2].step, r[::-1].start, r[::-1].step)
for start in (None, -10, -3, 0, 2, 10):
    for stop in (None, -10, -2, 0, 5, 10):
        for step in (None, 1, 2, -1, -2):
            assert list(r[start:stop:step]) == list(r)[start:stop:step], (start, stop, step)
print("range slices agree")
neg = range(10, -10, -4)
print(list(neg), list(neg[1:3]), list(neg[::-1]), len(neg[::-1]))
print(list(range(5)[2:2]), len(range(100)[::7]), range(100)[::7][-1])
print(list(range(10)[slice(2, 8, 3)]), range(10)[-1], range(10)[-10])
r2 = range(-5, 5)
print(list(r2[2:]), list(r2[:-7]), list(r2[::3]), list(r2[-1::-4]), len(r2[1:9:2]))
print(list(r2[2:8][1:3]), r2[2:8][1:3][0])
empty = range(0)
print(list(empty[:]), list(empty[::-1]), len(empty[1:5]))
big = range(0, 10 ** 12, 7)
print(len(big), big[10 ** 9], big[-1], list(big[10:20:5]))
print(len(big[::1000]), big[::1000][-1])
