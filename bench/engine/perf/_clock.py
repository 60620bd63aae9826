# Time inside a benchmark program, as MicroPython's benchrun measures it: only the work, not the
# interpreter's start-up. CPython has perf_counter; the firmware's utime counts microseconds
# (Pycom's ticks_diff takes the older value first).
import sys
try:
    from time import perf_counter as _counter

    def now():
        return _counter()

    def seconds_since(start):
        return _counter() - start
except ImportError:
    from utime import ticks_us, ticks_diff

    def now():
        return ticks_us()

    def seconds_since(start):
        return ticks_diff(start, ticks_us()) / 1e6


def report(start):
    sys.stderr.write("inner-seconds %.6f\n" % seconds_since(start))
