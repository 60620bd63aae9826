# A small LRU cache built on dict insertion order.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = {}
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.items:
            value = self.items.pop(key)
            self.items[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return None
    def put(self, key, value):
        if key in self.items:
            self.items.pop(key)
        elif len(self.items) >= self.capacity:
            oldest = next(iter(self.items))
            del self.items[oldest]
        self.items[key] = value
    def keys(self):
        return list(self.items)
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c.keys())
print(c.get("a"), c.keys())
c.put("d", "D")
print(c.keys(), c.get("b"))
c.put("c", "c2")
print(c.keys(), c.get("c"))
for k in "aeaf":
    if c.get(k) is None:
        c.put(k, k * 2)
print(c.keys(), c.hits, c.misses)
def cached(fn, cache=LRU(50)):
    def wrapper(n):
        v = cache.get(n)
        if v is None:
            v = fn(n)
            cache.put(n, v)
        return v
    return wrapper
@cached
def slow_square(n):
    return n * n
print([slow_square(n % 7) for n in range(20)])
