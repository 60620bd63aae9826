# Iterating lists, and mutating safely while iterating over a copy.
l = [1, 2, 3, 4, 5, 6]
for x in l[:]:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x * 10)
    if x == 1:
        l.append(4)
print(out, l)
it = iter([10, 20])
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
for i, v in enumerate(["a", "b"], 1):
    print(i, v)
for a, b in zip([1, 2, 3], ["x", "y"]):
    print(a, b)
result = [x for x in range(20) if x % 3 == 0]
print(result)
l2 = [5, 4, 3]
i = 0
while i < len(l2):
    l2[i] *= 2
    i += 1
print(l2)
keep = [x for x in [0, 1, "", "a", None, [], [0]] if x]
print(keep)
total = 0
for row in [[1, 2], [3], []]:
    for v in row:
        total += v
print(total)
nums = list(range(5))
for idx in range(len(nums) - 1, -1, -1):
    if nums[idx] % 2:
        del nums[idx]
print(nums)
