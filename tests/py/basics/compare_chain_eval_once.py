# Chained comparisons evaluate each operand at most once.
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3))
print(log)
log.clear()
print(v(1) < v(0) < v(3))
print(log)
log.clear()
print(v(1) == v(1) != v(2) < v(5) >= v(5))
print(log)
log.clear()
print(v(3) > v(2) > v(1) > v(0) > v(-1))
print(log)
log.clear()
print(v("a") < v("b") <= v("b") in v(["b"]))
print(log)
x = 5
print(0 <= x < 10, 0 <= x < 5, 10 > x >= 5, x is not None is not False)
print(1 < 2 > 1, 1 < 2 > 3, 2 == 2 == 2.0, 1 in [1] in [[1]])
a = [1, 2]
b = a
print(a is b is a, a is b is not None, [] is not [])
print(None is None is None)
def f():
    log.append("f")
    return 2
log.clear()
print(1 < f() < 3, log)
