# Generator expressions evaluate their first iterable immediately and the rest lazily.
data = [1, 2, 3]
g = (x * 10 for x in data)
data = [7, 8, 9]
print(list(g))
items = [1, 2]
g2 = (x for x in items)
items.append(3)
print(list(g2))
factor = 2
g3 = (x * factor for x in range(3))
factor = 10
print(list(g3))
def first_iter_error():
    try:
        g = (x for x in None)
    except TypeError:
        return "TypeError raised at creation"
    return "no error"
print(first_iter_error())
def inner_iter_lazy():
    g = (y for x in [1] for y in None)
    try:
        next(g)
    except TypeError:
        return "TypeError raised on first next()"
print(inner_iter_lazy())
class Holder:
    vals = [1, 2, 3]
    doubled = list(v * 2 for v in vals)
print(Holder.doubled)
