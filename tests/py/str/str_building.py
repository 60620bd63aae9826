# Building strings incrementally and in bulk.
s = ""
for i in range(100):
    s += str(i % 10)
print(len(s), s[:15], s[-5:])
parts = [chr(65 + i % 26) for i in range(260)]
joined = "".join(parts)
print(len(joined), joined[:30], joined.count("Z"))
big = "ab" * 5000
print(len(big), big[9998:], big.count("ba"))
line = "-" * 40
print(line)
table = []
for row in range(3):
    table.append(" | ".join(str(row * 3 + col) for col in range(3)))
print("\n".join(table))
acc = []
for word in "one two three four".split():
    acc.append(word[::-1])
print(" ".join(acc))
u = ""
for cp in (0x48, 0xe9, 0x20ac, 0x1f600):
    u += chr(cp)
print(u, len(u), len(u.encode()))
csv = "\n".join(",".join(str(x * y) for x in range(1, 5)) for y in range(1, 4))
print(csv)
n = 12345
digits = ""
while n:
    digits = str(n % 10) + digits
    n //= 10
print(digits)
print(("x" * 3 + "y") * 2, "=" * 0 + "end")
