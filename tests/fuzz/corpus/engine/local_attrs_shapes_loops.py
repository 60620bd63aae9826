class P:
    def __init__(self, x):
        self.x = x
        self.y = x + 1
    def m(self):
        return self.x + self.y
def f(p, q):
    p.z = p.m() + q.x
    del p.x
    p.x = 3
    p.__dict__ = {"m": 1}
    return p.m, q.m()
print(f(P(1), P(2)))
for i, (a, b) in enumerate(zip("ab", range(2))):
    print(i, a, b, ~i)
for k in (1, 2):
    print([j for j in range(k, 9, 3)])
