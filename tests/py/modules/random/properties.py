# Seeded sequences repeat; every function stays in its range and covers it.
import random
def run(seed):
    random.seed(seed)
    return ([random.getrandbits(8) for _ in range(5)], random.random(), random.randint(-3, 3), random.randrange(0, 50, 7),
            random.uniform(-1, 1), random.choice("abcdef"), random.getrandbits(70), random.randrange(5))
print(run(1) == run(1), run(1) != run(2), run(2**80 + 1) == run(2**80 + 1))
random.seed(5)
rolls = [random.randint(1, 6) for _ in range(600)]
print(sorted(set(rolls)) == [1, 2, 3, 4, 5, 6], all(60 < rolls.count(v) < 140 for v in range(1, 7)))
steps = {random.randrange(10, 100, 15) for _ in range(500)}
print(sorted(steps) == list(range(10, 100, 15)), {random.randrange(-5, 0) for _ in range(300)} == set(range(-5, 0)))
print({random.randrange(7, 0, -2) for _ in range(300)} == {7, 5, 3, 1})
bits = [random.getrandbits(k) for k in (0, 1, 8, 31, 32, 33, 64, 100) for _ in range(50)]
print(all(0 <= b < 2 ** 100 for b in bits), random.getrandbits(0), max(random.getrandbits(1) for _ in range(100)))
floats = [random.random() for _ in range(1000)]
print(all(0.0 <= f < 1.0 for f in floats), 0.4 < sum(floats) / 1000 < 0.6)
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(200)), all(-1 <= random.uniform(1, -1) <= 1 for _ in range(50)))
print({random.choice([10, 20, 30]) for _ in range(200)} == {10, 20, 30}, random.choice((42,)), random.choice(range(5, 6)))
for bad in (lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0),
            lambda: random.randint(3, 2), lambda: random.getrandbits(-1)):
    try:
        bad()
        print("accepted")
    except ValueError:
        print("ValueError")
try:
    random.choice([])
except IndexError:
    print("IndexError")
random.seed()
print(0 <= random.random() < 1)
