# Set comprehensions and deduplication patterns.
print(sorted({x % 5 for x in range(20)}), sorted({c.lower() for c in "AaBbCc"}))
print(sorted({len(w) for w in "the quick brown fox jumps".split()}))
print(sorted({(x, y) for x in range(2) for y in range(2) if x != y}))
seen = set()
unique = []
for item in [3, 1, 3, 2, 1, 4]:
    if item not in seen:
        seen.add(item)
        unique.append(item)
print(unique, sorted(seen))
print(sorted(set([1, 2, 3]) - {x for x in range(2)}))
words = ["apple", "Apple", "APPLE", "banana"]
print(len({w.lower() for w in words}), sorted({w[0] for w in words}))
s = {i * i for i in range(-3, 4)}
print(sorted(s), len(s))
print(sorted(set("mississippi")), "".join(sorted(set("mississippi"))))
print({x for x in []}, sorted({x for x in "aaa"}))
primes = set(range(2, 30))
for i in range(2, 6):
    primes -= {j for j in range(i * 2, 30, i)}
print(sorted(primes))
