# All solutions of the 8-queens problem by permutations filtered with sets (generators, sets).
import _clock


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest


def queens(n):
    cols = list(range(n))
    count = 0
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            count += 1
    return count


start = _clock.now()
r = queens(7)
_clock.report(start)
print(r)
