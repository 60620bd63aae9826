# sys.stdout and sys.stderr are text streams; print(file=...) writes through them.
import sys
print(sys.stdout.write("written\n"))
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
sys.stdout.flush()
print(hasattr(sys.stdin, "readline"), hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))
try:
    sys.stdout.write(b"bytes")
except TypeError:
    print("TypeError")
