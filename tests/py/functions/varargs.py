# *args collects extra positional arguments into a tuple.
def count(*args):
    return len(args), args, type(args).__name__
print(count(), count(1), count(1, "a", None))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(1), first_and_rest(1, 2, 3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(101)))
def forward(*args):
    return total(*args) * 2
print(forward(1, 2), forward())
def mixed(a, b=0, *args):
    return a, b, args
print(mixed(1), mixed(1, 2), mixed(1, 2, 3, 4))
def maxof(*vals):
    if not vals:
        return None
    best = vals[0]
    for v in vals[1:]:
        if v > best:
            best = v
    return best
print(maxof(), maxof(3, 9, 2), maxof(*"hello"))
many = tuple(range(200))
print(count(*many)[0], total(*many))
def modify(*args):
    try:
        args[0] = 1
    except TypeError:
        return "args are immutable"
print(modify(5))
