# Where the firmware prints or behaves otherwise than CPython: sys.implementation, OSError with
# several arguments, classes without their module, bytes in JSON, the heap lock depth, and
# write(buf, off, n) on streams.
import sys, ujson, micropython, uio
print(sys.implementation, sys.implementation.name, sys.implementation.version)
print(sys.implementation[0], len(sys.implementation), list(sys.implementation))
print(str(OSError(5, "details")), OSError(5, "details"), repr(OSError(5, "details")), str(OSError(2)), str(OSError("x")))
print(OSError(2, "No such file", "f.txt"))
class Dummy:
    pass
print(Dummy, type(Dummy()), type(Dummy) is type)
print(ujson.dumps(b"1234"), ujson.dumps([b'a"b', {"k": b"\xe9"}]))
print(micropython.heap_lock(), micropython.heap_lock(), micropython.heap_locked(), micropython.heap_unlock(),
      micropython.heap_unlock(), micropython.heap_locked())
s = uio.StringIO()
print(s.write("hello world", 6, 3), s.write("abcd", 2), s.write("xyz", 5, 1), s.write("é!", 0, 1))
print(repr(s.getvalue()))
b = uio.BytesIO()
print(b.write(b"0123456789", 2, 3), b.write(b"abc", 1), b.write(bytearray(b"xy"), 0, 10), b.write(b"q", -5, 3))
print(b.getvalue())
