# Threads that update shared counters under a lock: no update is lost, whatever the interleaving.
import _thread
import time

counter_lock = _thread.allocate_lock()
done_lock = _thread.allocate_lock()
counter = 0
per_thread = {}
finished = 0
N_THREADS = 4
N_STEPS = 2000


def worker(name, steps):
    global counter, finished
    mine = 0
    for _ in range(steps):
        with counter_lock:
            value = counter
            # Give another thread a chance to run inside the critical section.
            if mine % 97 == 0:
                time.sleep(0)
            counter = value + 1
        mine += 1
    per_thread[name] = mine
    with done_lock:
        finished += 1


for i in range(N_THREADS):
    _thread.start_new_thread(worker, ("t%d" % i, N_STEPS))

while True:
    with done_lock:
        if finished == N_THREADS:
            break
    time.sleep(0.001)

print("counter", counter)
print("per thread", sorted(per_thread.items()))
print("lock free", counter_lock.locked(), done_lock.locked())
