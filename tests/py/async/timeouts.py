# wait_for-style timeouts on a virtual clock: the slow task is cancelled at the deadline.
class TimeoutError_(Exception):
    pass
class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        yield self.t
    __iter__ = __await__
class Clock:
    now = 0
def run_with_deadline(coro, deadline):
    while True:
        try:
            dt = coro.send(None)
        except StopIteration as e:
            return "ok", e.value, Clock.now
        if Clock.now + dt > deadline:
            Clock.now = deadline
            try:
                coro.throw(TimeoutError_())
            except TimeoutError_:
                return "timeout", None, Clock.now
            except StopIteration as e:
                return "recovered", e.value, Clock.now
        Clock.now += dt
async def fetch(delays):
    total = 0
    for d in delays:
        await Sleep(d)
        total += d
    return total
async def fetch_with_fallback(delays):
    try:
        return await fetch(delays)
    except TimeoutError_:
        return "fallback"
for delays, deadline in [([1, 2, 3], 10), ([5, 5, 5], 12), ([1, 1], 2), ([3], 2)]:
    Clock.now = 0
    print(delays, deadline, run_with_deadline(fetch(delays), deadline))
Clock.now = 0
print(run_with_deadline(fetch_with_fallback([4, 4]), 5))
