# The firmware prints an OSError raised with one known errno as "[Errno n] NAME" (MicroPython's
# uerrno names), in str(), print() and tracebacks; CPython prints just the number, so the
# expected output is in oserror_errno_names.py.exp. Unknown numbers and other arguments print as
# usual.
import sys
import errno
import uio
for code in (errno.ENOENT, errno.EAGAIN, errno.ETIMEDOUT, errno.EHOSTUNREACH, errno.ECONNRESET, 9999, -1):
    e = OSError(code)
    print(str(e), e.args, e.errno == code)
print(OSError("text"), repr(str(OSError())), OSError(2.0), OSError("2"))
try:
    open(__file__ + ".missing/none.txt")
except OSError as e:
    print("open:", e, e.args[0] == errno.ENOENT)
class LinkDown(OSError):
    pass
print(LinkDown(errno.ENOTCONN), isinstance(LinkDown(1), OSError))
try:
    raise OSError(errno.ECONNREFUSED)
except OSError as e:
    buf = uio.StringIO()
    sys.print_exception(e, buf)
    print(buf.getvalue().splitlines()[-1])
