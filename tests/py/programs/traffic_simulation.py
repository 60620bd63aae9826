# A discrete-event queue simulation driven by a deterministic linear congruential generator.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1664525 + 1013904223) % 2 ** 32
        return self.state
    def uniform(self, lo, hi):
        return lo + (hi - lo) * self.next() // 2 ** 32
rng = LCG(2024)
arrivals = []
t = 0
for _ in range(20):
    t += rng.uniform(1, 6)
    arrivals.append(t)
server_free = 0
waits = []
log = []
for i, at in enumerate(arrivals):
    start = max(at, server_free)
    service = rng.uniform(2, 5)
    server_free = start + service
    waits.append(start - at)
    log.append((i, at, start, server_free))
print(arrivals)
print(waits)
print("max wait", max(waits), "mean wait", sum(waits) / len(waits), "busy until", server_free)
print(log[:3], log[-1])
print(sum(1 for w in waits if w == 0), "customers served without waiting")
