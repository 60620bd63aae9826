# return values: implicit None, multiple values, early exits, return in loops.
def nothing():
    pass
def bare():
    return
def pair():
    return 1, 2
def early(x):
    if x < 0:
        return "negative"
    if x == 0:
        return "zero"
    return "positive"
print(nothing(), bare(), pair(), type(pair()).__name__)
print([early(v) for v in (-1, 0, 1)])
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return None
print(search([5, 6, 7], 6), search([], 1))
def nested_loop():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return i, j
    return None
print(nested_loop())
def in_while():
    n = 0
    while True:
        n += 1
        if n > 4:
            return n
print(in_while())
def returns_function():
    def inner():
        return "inner"
    return inner
print(returns_function()())
def returns_container():
    return [1, {"k": (2, 3)}]
print(returns_container()[1]["k"][1])
a, b = pair()
print(a + b)
def conditional(flag):
    return "yes" if flag else "no"
print(conditional(1), conditional(0))
def after_return():
    return 1
    print("unreachable")
print(after_return())
