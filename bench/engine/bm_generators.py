# Generators: pipelines of generator functions and expressions, yield from.
def numbers(n):
    for i in range(n):
        yield i


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    yield from (x * x for x in src)


def windows(src, size):
    window = []
    for x in src:
        window.append(x)
        if len(window) == size:
            yield sum(window)
            window.pop(0)


def run(n):
    total = 0
    for s in windows(squares(evens(numbers(n))), 4):
        total += s % 1000
    return total, sum(x for x in range(n) if x % 3 == 0)


print(run(400000))
