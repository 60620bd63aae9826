i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no break")
for j in range(3):
    print("j", j)
else:
    print("for else")
for k in []:
    print("never")
else:
    print("empty else")
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for x in range(10, 0, -3):
    print(x, end=" ")
print()
n = 0
while True:
    n += 1
    if n > 100:
        break
print(n)
