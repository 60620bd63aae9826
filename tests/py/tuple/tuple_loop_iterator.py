# for x in a_tuple steps the tuple iterator inside the loop; shared and exhausted iterators,
# subclasses and nested loops over one iterator must behave as the iterator's own next().
t = (1, "a", None, 2.5)
for x in t:
    print(x)
it = iter(t)
print(next(it))
for x in it:
    print("rest", x)
print(list(it), next(it, "exhausted"))
it = iter((1, 2, 3, 4, 5))
for x in it:
    for y in it:
        print(x, y)
        break


class T(tuple):
    def __iter__(self):
        return iter(("overridden",))


for x in T((1, 2)):
    print(x)
for x in ():
    print("never")
print([x * 2 for x in (1, 2, 3)], sum(x for x in (4, 5)))
