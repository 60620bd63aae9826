# Closures sharing mutable containers, and nonlocal rebinding of immutable state in generators.
def make_registry():
    items = []
    index = {}
    def add(name, value):
        index[name] = len(items)
        items.append(value)
    def get(name):
        return items[index[name]]
    def snapshot():
        return list(items), dict(index)
    return add, get, snapshot
add, get, snap = make_registry()
add("a", 10)
add("b", 20)
print(get("b"), snap())
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    def gen():
        while count < 3:
            bump()
            yield count
    return gen
print(list(counter_gen()()))
def make_toggle():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle
t = make_toggle()
print([t() for _ in range(5)])
def accumulate_in_while():
    fns = []
    i = 0
    while i < 3:
        fns.append(lambda i=i: i * i)
        i += 1
    return [f() for f in fns]
print(accumulate_in_while())
