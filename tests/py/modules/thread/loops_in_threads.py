# Threads that run for loops at the same time, switching in the middle of them (each thread keeps
# its own loop iterators for reuse): every loop sees its own items.
import _thread
import time

results = {}
finished = _thread.allocate_lock()
count = [0]
count_lock = _thread.allocate_lock()


def worker(name, items):
    total = 0
    for round_ in range(200):
        for x in items:
            for y in (1, 2):
                total += x * y
        if round_ % 50 == 0:
            time.sleep(0.001)
    results[name] = total
    with count_lock:
        count[0] += 1
        if count[0] == 3:
            finished.release()


finished.acquire()
_thread.start_new_thread(worker, ("list", [1, 2, 3]))
_thread.start_new_thread(worker, ("tuple", (4, 5)))
_thread.start_new_thread(worker, ("range", range(6, 9)))
finished.acquire()
print(sorted(results.items()))
