# Dict comprehensions and building dicts from pairs.
sq = {x: x * x for x in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({c: "abc".index(c) for c in "cab"})
print({(x, y): x * y for x in range(2) for y in range(2)})
words = ["apple", "bob", "cat", "apple", "dog", "bob"]
print({w: words.count(w) for w in words})
print({len(w): w for w in words})
print({k: [i for i in range(k)] for k in range(4)})
print(dict((str(i), i) for i in range(3)))
x = 10
d = {x: x for x in range(3)}
print(d, x)
nested = {o: {i: o * i for i in range(3)} for o in range(2)}
print(nested)
print({k: v for k, v in zip("xyz", [1, 2, 3]) if k != "y"})
keys = ["a", "b"]
print({k: None for k in keys} == dict.fromkeys(keys))
print({True: 1, 1: 2, 1.0: 3}, {i % 3: i for i in range(10)})
