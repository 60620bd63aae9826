# `name += iterable` on a list extends that same list (every other holder sees it), from any
# iterable, itself included; a list subclass's own __iadd__ decides for it; a non-iterable fails.
items = [1]
alias = items
items += (2, 3)
items += range(4, 6)
items += "ab"
items += {"k": 1}
items += (x * 10 for x in range(2))
items += []
print(items, alias is items)
items += items
print(len(items), items[:3], alias is items)


def local_add():
    out = []
    for c in range(3):
        out += [c, c * 2]
    return out


print(local_add())
for bad in [5, None, 1.5]:
    try:
        items += bad
    except TypeError as e:
        print("TypeError", e)


class Loud(list):
    def __iadd__(self, other):
        return "iadd " + str(other)


class Quiet(list):
    pass


loud = Loud([1])
loud += [2]
quiet = Quiet([1])
kept = quiet
quiet += [2]
print(loud, quiet, type(quiet).__name__, kept is quiet)
numbers = 1
numbers += 2
text = "a"
text += "b"
pair = (1,)
pair += (2,)
print(numbers, text, pair)


def growing():
    yield 1
    seen.append("more")
    yield 2


seen = ["x"]
seen += growing()
print(seen)
