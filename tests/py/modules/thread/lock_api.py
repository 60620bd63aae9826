# The lock object: acquire with and without blocking and with a timeout, release, locked, the
# context manager, and the errors CPython and MicroPython agree on.
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType)
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(0))
print(lock.acquire(False))
print(lock.acquire(1, 0.01))
print(lock.acquire(True, 0))
print(lock.acquire(timeout=0.02))
lock.release()
print(lock.locked())
print(lock.acquire(blocking=False))
lock.release()

with lock as entered:
    print("inside", entered, lock.locked())
print("after", lock.locked())

try:
    with lock:
        raise ValueError("in the block")
except ValueError as e:
    print("released on error", e.args, lock.locked())

try:
    lock.release()
except RuntimeError:
    print("RuntimeError on release of an unlocked lock")

for args, kwargs in (((False, 1), {}), ((), {"timeout": -2}), ((True, -0.5), {})):
    try:
        lock.acquire(*args, **kwargs)
    except ValueError:
        print("ValueError", args, kwargs)
print(lock.locked())

try:
    _thread.LockType()
except TypeError:
    print("TypeError: no instances made directly")

print(_thread.error is RuntimeError)
