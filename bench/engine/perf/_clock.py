# Time inside a benchmark program, as MicroPython's benchrun measures it: only the work, not the
# interpreter's start-up. CPython has perf_counter; the firmware's utime counts microseconds.
# Pycom's ticks_diff (so pyfw's) takes the older value first, upstream MicroPython's the newer:
# ticks_diff(1, 0) is -1 under the first and 1 under the second.
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

    if ticks_diff(1, 0) < 0:
        def seconds_since(start):
            return ticks_diff(start, ticks_us()) / 1e6
    else:
        def seconds_since(start):
            return ticks_diff(ticks_us(), start) / 1e6


def report(start):
    sys.stderr.write("inner-seconds %.6f\n" % seconds_since(start))
