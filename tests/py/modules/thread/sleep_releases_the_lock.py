# The 1.17.2 release note: sleep_ms (and sleep) release the interpreter lock, so a thread runs
# while another sleeps, and one that sleeps in a loop does not hold the others up.
import _thread
import time

sleep_ms = getattr(time, "sleep_ms", lambda ms: time.sleep(ms / 1000))
events = []
lock = _thread.allocate_lock()
started = _thread.allocate_lock()
started.acquire()


def sleeper():
    for i in range(3):
        events.append("sleeper %d" % i)
        if i == 0:
            started.release()
        sleep_ms(30)
    with lock:
        events.append("sleeper done")


# The main thread sleeps; the other thread runs its steps meanwhile.
_thread.start_new_thread(sleeper, ())
started.acquire()
events.append("main sleeps")
sleep_ms(200)
events.append("main awake")
with lock:
    print(events)

# A thread that loops with sleep_ms(1) lets a busy main thread count on.
ticks = [0]
stop = [False]
finished = _thread.allocate_lock()
finished.acquire()


def ticker():
    while not stop[0]:
        ticks[0] += 1
        sleep_ms(1)
    finished.release()


_thread.start_new_thread(ticker, ())
n = 0
while ticks[0] < 20:
    n += 1
    sleep_ms(1)
stop[0] = True
finished.acquire()
print("ticker ran", ticks[0] >= 20, "main ran", n > 0)
