def read(lines):
    for line in lines:
        yield line.strip()
def nonempty(items):
    for i in items:
        if i:
            yield i
def numbered(items):
    n = 0
    for i in items:
        n += 1
        yield "%d: %s" % (n, i)
src = [" a ", "", "b", "  ", "c "]
for out in numbered(nonempty(read(src))):
    print(out)
print(list(zip(range(3), "abc")), list(enumerate("xy", 1)), list(map(str, [1, 2])))
print(list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2, 3])), any(x > 2 for x in range(4)))
