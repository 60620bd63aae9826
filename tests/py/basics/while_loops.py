# while loops: counters, sentinels, complex conditions and nested breaks.
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
i = 0
found = None
data = [3, 8, 15, 4, 23, 42]
while i < len(data) and found is None:
    if data[i] > 10 and data[i] % 2:
        found = data[i]
    i += 1
print(found, i)
x = 100
while x > 1 and not (x % 7 == 0):
    x -= 3
print(x)
outer = 0
done = False
while not done:
    inner = 0
    while True:
        inner += 1
        if inner * outer > 12:
            done = True
            break
        if inner > 5:
            break
    outer += 1
print(outer, inner)
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 8:
        break
print(count)
q = [1]
total = 0
while q:
    v = q.pop()
    total += v
    if v < 20:
        q.extend([v * 2, v * 3])
print(total)
