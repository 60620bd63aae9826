# Pycom 1.17.2 ticks: unsigned 32-bit counters; ticks_add wraps at 2**32; ticks_diff(old, new) is
# new - old as a signed 32-bit number (Pycom's argument order, the reverse of upstream
# MicroPython's). Expected output in ticks.py.exp.
import utime
for old, new in ((100, 150), (150, 100), (0xFFFFFFF0, 0x10), (0x10, 0xFFFFFFF0), (0, 0x7FFFFFFF), (0, 0x80000000),
                 (0x7FFFFFFF, 0x80000000), (5, 5), (2 ** 40 + 1, 2)):
    print(hex(old), hex(new), utime.ticks_diff(old, new))
for t, delta in ((10, 5), (0xFFFFFFFF, 1), (0, -1), (0xFFFFFFF0, 0x20), (1, -2 ** 32), (0, 2 ** 64 + 3), (7, 0)):
    print(t, delta, utime.ticks_add(t, delta))
for fn in (utime.ticks_ms, utime.ticks_us, utime.ticks_cpu):
    v = fn()
    print(type(v).__name__, 0 <= v < 2 ** 32)
a = utime.ticks_us()
for _ in range(20000):
    b = utime.ticks_us()
print(0 <= utime.ticks_diff(a, b) < 10 ** 7)
start = utime.ticks_ms()
utime.sleep_ms(15)
print(utime.ticks_diff(start, utime.ticks_ms()) >= 15)
start = utime.ticks_us()
utime.sleep_us(300)
utime.sleep(0.002)
utime.sleep(0)
utime.sleep_ms(-5)
print(utime.ticks_diff(start, utime.ticks_us()) >= 2300)
for bad in (lambda: utime.ticks_diff(1.5, 2), lambda: utime.sleep_ms(1.5), lambda: utime.sleep("1")):
    try:
        bad()
    except TypeError:
        print("TypeError")
