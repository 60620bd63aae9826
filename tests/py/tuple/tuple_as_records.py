# Tuples as lightweight records: sorting by fields, grouping, and returning several values.
people = [("ann", 31, "eu"), ("bob", 25, "us"), ("cy", 31, "eu"), ("dee", 19, "as"), ("ed", 25, "eu")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: p[2]), [p[0] for p in people if p[2] == "eu"])
by_age = {}
for name, age, _ in people:
    by_age[age] = by_age.get(age, ()) + (name,)
print(by_age)
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, avg = stats([p[1] for p in people])
print(lo, hi, avg)
oldest = max(people, key=lambda p: p[1])
print(oldest, oldest[0].upper(), people.index(oldest))
pairs = list(zip(*people))
print(pairs[0], sum(pairs[1]), sorted(set(pairs[2])))
print(tuple(sorted(p[0] for p in people)), ("x",) + people[0][1:])
