# range prints normalised: no step when it is 1, the end as given.
class N:
    def __index__(self):
        return 4
for r in [range(5), range(0, 10, 1), range(2, 8, 3), range(-3), range(True), range(False, True), range(N()),
          range(1, N(), N()), range(10)[::2], range(0, 10, 3)[1:], range(0, 10, 3)[::-1], range(5)[10:],
          range(1, 10, 2)[1:3], range(0, -10, -3)[1:], range(10)[::-1], range(7, 3), range(3, 7)[::-2]]:
    print(r, repr(r) == str(r), len(r), list(r)[:4])
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), range(0, 5, 2) == range(0, 6, 2))
