# Comprehensions calling functions, methods and building nested structures from records.
def parse(line):
    k, v = line.split("=")
    return k.strip(), int(v)
lines = ["a = 1", "b=2", " c =3"]
print([parse(l) for l in lines], dict(parse(l) for l in lines), {k: v * 10 for k, v in map(parse, lines)})
print([s.strip().upper() for s in " x , y,z ".split(",")], sorted({len(w) for w in "aa b ccc dd".split()}))
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([sum(col) for col in zip(*matrix)], [max(row) - min(row) for row in matrix])
print({name: [c for c in name if c in "aeiou"] for name in ("lopy", "fipy", "sipy")})
print([f(x) for f in (abs, str) for x in (-1, 2)], [x for x in map(lambda v: v * v, range(5)) if x % 2])
