# for/while loops with else, break and continue.
for i in range(3):
    print("for", i)
else:
    print("for else ran")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    pass
else:
    print("empty for else")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("n", n)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print("inner else", i)
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
k = 0
while k < 10:
    k += 1
    if k < 8:
        continue
    print("k", k)
