# sys.print_exception writes MicroPython's traceback to a stream, and the console streams are
# TextIOWrappers. Expected output in stdio_micropython.py.exp.
import sys, uio
def fail():
    raise ValueError("bad value")
try:
    fail()
except ValueError as e:
    buf = uio.StringIO()
    sys.print_exception(e, buf)
    print(buf.getvalue().splitlines()[-1])
    sys.print_exception(e, sys.stdout)
print(type(sys.stdout).__name__, type(sys.stdin).__name__, sys.implementation.name)
try:
    sys.stdout.seek(0)
except OSError as e:
    print("OSError", e.args[0])
