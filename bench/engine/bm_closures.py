# Functions as values: closures, lambdas, sorting with keys, map/filter, comprehensions.
def make_scaler(k):
    def scale(x):
        return x * k
    return scale


def run(n):
    scalers = [make_scaler(k) for k in range(1, 6)]
    data = [(i * 7919) % 1000 for i in range(n)]
    total = 0
    for f in scalers:
        total += sum(map(f, data[:2000]))
    ordered = sorted(data, key=lambda v: (v % 10, -v))
    picked = [v for v in filter(lambda v: v % 3 == 0, ordered)]
    pairs = {i: v for i, v in enumerate(picked[:1000])}
    return total, ordered[:5], len(picked), sum(pairs.values())


print(run(100000))
