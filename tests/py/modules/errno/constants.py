# The firmware's errno names carry the Linux values (MicroPython's internal numbering), and
# errorcode maps each back to its name.
import errno
names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "EISDIR", "EINVAL",
         "EMSGSIZE", "EOPNOTSUPP", "EADDRINUSE", "ENETDOWN", "ECONNABORTED", "ECONNRESET", "ENOBUFS", "ENOTCONN",
         "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS"]
for name in names:
    value = getattr(errno, name)
    # CPython names 95 ENOTSUP, an alias the firmware does not have.
    print(name, value, errno.errorcode[value] if value != 95 else "EOPNOTSUPP")
try:
    open(__file__ + ".no/such/file")
except OSError as e:
    print(errno.errorcode[e.args[0]])
