# A message queue on a bounded deque, namedtuple records, and an OrderedDict cache.
from collections import deque, namedtuple, OrderedDict
Msg = namedtuple("Msg", ["port", "payload", "confirmed"])
queue = deque((), 64)
cache = OrderedDict()
total = 0
for i in range(150000):
    queue.append(Msg(i % 224, i * 3, i % 2 == 0))
    if len(queue) > 32:
        m = queue.popleft()
        total += m.port + m.payload % 7 + m.confirmed
    key = i % 97
    cache[key] = cache.get(key, 0) + 1
    if len(cache) > 50:
        cache.popitem(last=False)
print(total, len(queue), sum(cache.values()))
