# An uncaught exception ends the program with status 1 after the output so far; the traceback
# goes to stderr in MicroPython's format, outermost call first and without source lines
# (pinned in uncaught_nested_calls.py.err).
def parse(reading):
    if reading < 0:
        raise ValueError("bad reading %d" % reading)
    return reading * 2
def collect(readings):
    return [parse(r) for r in readings]
def report(readings):
    values = collect(readings)
    print("never reached", values)
print("first batch", collect([1, 2, 3]))
report([4, -7, 5])
print("not printed")
