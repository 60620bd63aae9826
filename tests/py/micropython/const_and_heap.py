import micropython
from micropython import const
LED_PIN = const(13)
MASK = const(0xFF << 4)
print(LED_PIN, MASK, LED_PIN * 2)
micropython.heap_lock()
try:
    x = [1, 2, 3]
    print("allocated while locked")
except MemoryError:
    print("MemoryError while locked")
micropython.heap_unlock()
print("unlocked", [4, 5])
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.alloc_emergency_exception_buf(100)
print(micropython.stack_use() > 0)
