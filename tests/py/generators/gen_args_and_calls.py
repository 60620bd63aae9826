# Generator expressions as sole call arguments, generators passed between functions.
print(sum(x * x for x in range(10)), max(len(s) for s in ["a", "abc", "ab"]), "-".join(str(i) for i in range(4)))
print(sorted(x % 5 for x in range(12)), list(reversed([c for c in "abc"])), tuple(c for c in "xyz"))
def consume(it, n):
    return [next(it) for _ in range(n)]
def naturals():
    i = 0
    while True:
        yield i
        i += 1
g = naturals()
print(consume(g, 3), consume(g, 2), next(g))
def take_while(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v
def drop_while(pred, it):
    it = iter(it)
    for v in it:
        if not pred(v):
            yield v
            break
    yield from it
print(list(take_while(lambda v: v < 5, naturals())), list(drop_while(lambda v: v < 3, range(7))))
def chunked(it, size):
    chunk = []
    for v in it:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(10), 4)), list(chunked([], 3)), list(chunked("abcde", 2)))
def interleave(*iters):
    its = [iter(i) for i in iters]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], (True,))))
