def risky(n):
    if n % 3 == 0:
        raise ValueError(n)
    if n % 3 == 1:
        raise KeyError(n)
    return n
ok = errors = 0
for i in range(30):
    try:
        risky(i)
        ok += 1
    except ValueError:
        errors += 1
    except KeyError:
        errors += 10
print(ok, errors)
total = 0
for i in range(100):
    try:
        total += 100 // (i % 5)
    except ZeroDivisionError:
        total -= 1
print(total)
def gen():
    for i in range(5):
        try:
            yield i
        finally:
            print("cleanup", i)
it = gen()
for v in it:
    if v == 2:
        break
it.close()
print("after break")
g = gen()
next(g)
g.close()
print("closed")
