# Iterating sets deterministically (through sorted or order-free reductions).
s = {5, 3, 9, 1}
print(sorted(s), sum(s), max(s), min(s), len(s))
total = 0
for x in s:
    total += x * x
print(total)
names = {"eve", "bob", "ann"}
for n in sorted(names):
    print(n)
print(sorted(names, key=lambda n: (len(n), n)), sorted(names, reverse=True))
print(any(x > 8 for x in s), all(x > 0 for x in s))
pending = {1, 2, 3}
done = []
while pending:
    done.append(pending.pop())
print(sorted(done), pending)
s2 = {1, 2, 3}
for x in list(s2):
    if x % 2:
        s2.discard(x)
print(s2)
print(sorted(map(str, {10, 2})), sorted(filter(lambda v: v > 1, {1, 2, 3})))
