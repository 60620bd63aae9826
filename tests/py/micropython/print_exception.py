import sys
def fail():
    raise ValueError("bad value")
try:
    fail()
except ValueError as e:
    sys.print_exception(e)
try:
    {}["key"]
except KeyError as e:
    sys.print_exception(e)
# An exception that was never raised has no traceback entries, so no header either.
sys.print_exception(ValueError("never raised"))
import io
out = io.StringIO()
sys.print_exception(KeyError("k"), out)
print(repr(out.getvalue()))
print("done")
