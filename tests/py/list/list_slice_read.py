# Reading slices of lists with every kind of bound and step.
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-3], l[-5:-2], l[::2], l[1::3])
print(l[::-1], l[::-2], l[8:2:-2], l[2:8:-1], l[-1:-4:-1], l[:2:-3])
print(l[100:], l[-100:2], l[3:100], l[5:2], l[:0], l[0:0:-1])
for start in (None, -15, -4, 0, 3, 15):
    for stop in (None, -15, -4, 0, 7, 15):
        for step in (None, 1, 3, -1, -4):
            sl = l[start:stop:step]
            r = range(10)[start:stop:step]
            assert sl == list(r), (start, stop, step)
print("slices agree with range slices")
s = slice(1, 9, 2)
print(l[s], s.start, s.stop, s.step, slice(5).stop, slice(1, 2).step)
c = l[:]
print(c == l, c is l)
try:
    l[::0]
except ValueError:
    print("ValueError zero step")
print(l[True:3], l[-True:])
nested = [[1, 2, 3], [4, 5, 6]]
print(nested[1][::-1], [row[1:] for row in nested])
print(l[2 ** 40:], l[:-2 ** 40], l[::2 ** 40], l[::-2 ** 40])
