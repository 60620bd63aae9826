# Large list, dict, set, tuple and string literals built from source text.
n = 2000
lst = eval("[" + ", ".join(str(i) for i in range(n)) + "]")
print(len(lst), lst[0], lst[-1], sum(lst))
dct = eval("{" + ", ".join("%d: %r" % (i, str(i)) for i in range(n)) + "}")
print(len(dct), dct[0], dct[n - 1], list(dct)[:3])
st = eval("{" + ", ".join(str(i % 500) for i in range(n)) + "}")
print(len(st), min(st), max(st))
tup = eval("(" + ", ".join("'x'" for _ in range(n)) + ",)")
print(len(tup), tup[-1])
big = eval(repr("ab" * 50000))
print(len(big), big[:4], big[-4:])
raw = eval("b'" + "\\x00\\xff" * 1000 + "'")
print(len(raw), raw[:4])
