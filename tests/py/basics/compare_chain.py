print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2.5, 2.5 < 3, 1 == 1.0, 2 != 2.0)
print([1, 2] < [1, 3], (1, 2) == (1, 2), "abc" < "abd", "b" > "abc")
print(None is None, None is not None, 1 in [1, 2], 3 not in [1, 2])
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(0) < f(5))
print(calls)
