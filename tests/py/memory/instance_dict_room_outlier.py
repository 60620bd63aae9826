# An instance dict is made with room for the attributes its class's instances were seen to hold.
# One instance with many attributes must not make every later instance that big: 6000 instances
# of two attributes fit in the default heap (2.5 MiB) only if their dicts are sized by what
# instances hold lately, not by the largest ever seen.
import gc


class C:
    def __init__(self, n):
        self.a = n
        self.b = n


big = C(0)
for i in range(40):
    setattr(big, "x%d" % i, i)
gc.collect()
small = [C(i) for i in range(6000)]
print(len(small), small[-1].a + small[-1].b, len(vars(big)), sorted(vars(small[7]).items()))
for i in range(0, 6000, 50):   # an outlier now and then, as a real program may have
    setattr(small[i], "extra%d" % (i % 30), i)
more = [C(i) for i in range(3000)]
print(len(more), sum(len(vars(c)) for c in small))
