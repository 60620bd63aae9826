# _thread on a booted board, on virtual time: the 1.17.2 note (sleep_ms releases the interpreter
# lock for another thread), locks under contention, an exception that ends only its thread,
# micropython.schedule, soft reboots with threads running (10,000 of them, each boot.py starting
# one) and a reset asked for by a thread. Uses pycom_board and on_board from pycom.sh.

thread_sleep_ms_releases_the_gil() {
    pycom_board b lopy
    on_board b >out.txt <<'EOF'
import _thread, utime
ticks = [0]
stamps = []
def ticker():
    while ticks[0] < 50:
        ticks[0] += 1
        stamps.append(utime.ticks_ms())
        utime.sleep_ms(10)
_thread.start_new_thread(ticker, ())
# The main thread busy-waits one second of board time: the ticker runs in between because its
# sleep_ms gives the interpreter lock up, and the lock is handed over while main computes.
start = utime.ticks_ms()
spins = 0
while utime.ticks_diff(start, utime.ticks_ms()) < 1000:
    spins += 1
print('ticks', ticks[0], 'spins', spins > 0)
steps = [utime.ticks_diff(a, b) for a, b in zip(stamps, stamps[1:])]
print('steps', min(steps) >= 10, max(steps) < 40)
# And the other way round: main sleeps, a busy thread computes meanwhile.
count = [0]
done = _thread.allocate_lock()
done.acquire()
def busy():
    for i in range(3000):
        count[0] += 1
    done.release()
_thread.start_new_thread(busy, ())
utime.sleep_ms(500)
print('busy counted', count[0])
done.acquire()
EOF
    grep -q "^ticks 50 spins True$" out.txt || { cat out.txt; return 1; }
    grep -q "^steps True True$" out.txt || { cat out.txt; return 1; }
    grep -q "^busy counted 3000$" out.txt || { cat out.txt; return 1; }
    if grep -q Traceback out.txt; then cat out.txt; return 1; fi
}
scenario thread_sleep_ms_releases_the_gil thread_sleep_ms_releases_the_gil

thread_locks_under_contention() {
    pycom_board b lopy
    on_board b >out.txt <<'EOF'
import _thread, utime
lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
state = {'counter': 0, 'done': 0, 'timeouts': 0}
def worker(n, pause_ms):
    for i in range(n):
        with lock:
            value = state['counter']
            if i % 10 == 0:
                utime.sleep_ms(pause_ms)   # holds the lock while it sleeps
            state['counter'] = value + 1
    with finished:
        state['done'] += 1
for t in range(5):
    _thread.start_new_thread(worker, (300, t % 3))
# A waiter with a timeout on board time: the lock is busy, so it gives up after 1 ms or gets it.
while True:
    if lock.acquire(1, 0.001):
        lock.release()
    else:
        state['timeouts'] += 1
    with finished:
        if state['done'] == 5:
            break
print('counter', state['counter'], 'timeouts', state['timeouts'] > 0, lock.locked())
EOF
    grep -q "^counter 1500 timeouts True False$" out.txt || { cat out.txt; return 1; }
    if grep -q Traceback out.txt; then cat out.txt; return 1; fi
}
scenario thread_locks_under_contention thread_locks_under_contention

thread_exception_ends_only_its_thread() {
    pycom_board b lopy
    on_board b >out.txt <<'EOF'
import _thread, utime
def broken(x):
    utime.sleep_ms(5)
    return 1 // x
def fine():
    utime.sleep_ms(20)
    print('fine thread done')
_thread.start_new_thread(broken, (0,))
_thread.start_new_thread(fine, ())
utime.sleep_ms(50)
print('main goes on')
EOF
    grep -q "^Unhandled exception in thread started by <function broken" out.txt || { cat out.txt; return 1; }
    grep -q "ZeroDivisionError" out.txt
    grep -q "^fine thread done$" out.txt
    grep -q "^main goes on$" out.txt
}
scenario thread_exception_ends_only_its_thread thread_exception_ends_only_its_thread

thread_schedule_runs_between_instructions() {
    pycom_board b lopy
    on_board b >out.txt <<'EOF'
import micropython, _thread, utime
seen = []
for i in range(4):
    micropython.schedule(seen.append, i)
n = 0
while len(seen) < 4:
    n += 1
print('scheduled', seen)
# From a thread, the call runs on whichever thread looks first.
def from_thread():
    micropython.schedule(seen.append, 'from thread')
_thread.start_new_thread(from_thread, ())
utime.sleep_ms(10)
print('after', seen[-1])
EOF
    grep -q "^scheduled \[0, 1, 2, 3\]$" out.txt || { cat out.txt; return 1; }
    grep -q "^after from thread$" out.txt
}
scenario thread_schedule_runs_between_instructions thread_schedule_runs_between_instructions

thread_soft_reboot_stops_running_threads() {
    pycom_board b lopy
    # A thread that prints forever, one that waits on a lock forever, one blocked in a long sleep;
    # Ctrl-D ends all three, and the next round starts clean.
    {
        printf '\005'
        cat <<'EOF'
import _thread, utime
forever = _thread.allocate_lock()
forever.acquire()
def chatter():
    while True:
        print('tick')
        utime.sleep_ms(100)
_thread.start_new_thread(chatter, ())
_thread.start_new_thread(forever.acquire, ())
_thread.start_new_thread(utime.sleep, (1000000,))
utime.sleep_ms(350)
EOF
        printf '\004\004'
        printf 'print("after reboot", 1 + 1)\r'
        printf 'import utime; utime.sleep_ms(1000); print("quiet")\r'
    } | "$PYFW" board boot b | tr -d '\r' >out.txt
    grep -q "^PYB: soft reboot$" out.txt || { cat out.txt; return 1; }
    local before after
    before=$(sed '/^PYB: soft reboot$/q' out.txt | grep -c "^tick$")
    after=$(sed '1,/^PYB: soft reboot$/d' out.txt | grep -c "tick" || true)
    [ "$before" -ge 3 ] || { echo "only $before ticks before the reboot"; cat out.txt; return 1; }
    [ "$after" -eq 0 ] || { echo "$after ticks after the reboot"; cat out.txt; return 1; }
    grep -q "^after reboot 2$" out.txt
    grep -q "^quiet$" out.txt
}
scenario thread_soft_reboot_stops_running_threads thread_soft_reboot_stops_running_threads

thread_reset_from_a_thread_resets_the_board() {
    pycom_board b lopy
    on_board b --cycles 2 >out.txt <<'EOF'
import _thread, machine, utime
_thread.start_new_thread(machine.reset, ())
utime.sleep_ms(1000)
print('not reached')
EOF
    # The reset came while the main thread slept: nothing after the sleep ran before it.
    grep -q "^rst:0x7 (TG0WDT_SYS_RESET)" out.txt || { cat out.txt; return 1; }
    if sed '/^rst:0x7/q' out.txt | grep -q "^not reached"; then cat out.txt; return 1; fi
}
scenario thread_reset_from_a_thread_resets_the_board thread_reset_from_a_thread_resets_the_board

thread_ten_thousand_soft_reboots_with_a_thread_in_boot_py() {
    pycom_board b lopy
    cat >boot.py <<'EOF'
import _thread, utime
lock = _thread.allocate_lock()
def worker():
    while True:
        with lock:
            utime.sleep_ms(1)
_thread.start_new_thread(worker, ())
_thread.start_new_thread(worker, ())
EOF
    "$PYFW" fs b put boot.py >/dev/null
    local rounds=10000
    { head -c "$rounds" </dev/zero | tr '\0' '\004'; printf 'import _thread\rprint("alive", _thread.get_ident())\r'; } |
        "$PYFW" board boot b | tr -d '\r' >out.txt
    [ "$(grep -c "^PYB: soft reboot$" out.txt)" -eq "$rounds" ] || { tail -20 out.txt; return 1; }
    grep -q "^alive 1$" out.txt || { tail -20 out.txt; return 1; }
    if grep -q Traceback out.txt; then grep -m3 -B3 Traceback out.txt; return 1; fi
}
scenario thread_ten_thousand_soft_reboots_with_a_thread_in_boot_py thread_ten_thousand_soft_reboots_with_a_thread_in_boot_py
