# An __index__ (of a slice bound, an index or an item) that shrinks the bytearray or array being
# indexed: the operation works on the size left after it, never reading or writing past it.
b = bytearray(b"0123456789" * 10)
class Shrink:
    def __index__(self):
        del b[2:]
        return 5
for desc, f in [
    ("setitem slice value", lambda: b.__setitem__(slice(50, 60), [Shrink()] + [65] * 9)),
    ("setitem slice bound", lambda: b.__setitem__(slice(Shrink(), 90), b"xy")),
    ("getitem slice bound", lambda: b[Shrink():90]),
    ("getitem index", lambda: b[Shrink()]),
    ("setitem index value", lambda: b.__setitem__(50, Shrink())),
    ("setitem index", lambda: b.__setitem__(Shrink(), 1)),
    ("delitem index", lambda: b.__delitem__(Shrink())),
]:
    b[:] = b"0123456789" * 10
    try:
        r = f()
        print(desc, "ok", r, bytes(b))
    except Exception as e:
        print(desc, type(e).__name__, e, bytes(b))

from array import array
a = array("b", range(100))
class ShrinkArray:
    def __index__(self):
        del a[2:]
        return 5
for desc, f in [
    ("array getitem slice bound", lambda: a[ShrinkArray():90]),
    ("array setitem slice bound", lambda: a.__setitem__(slice(ShrinkArray(), 90), array("b", [7, 8]))),
    ("array delitem slice bound", lambda: a.__delitem__(slice(ShrinkArray(), 90))),
]:
    a[:] = array("b", range(100))
    try:
        r = f()
        print(desc, "ok", r, list(a))
    except Exception as e:
        print(desc, type(e).__name__, e, list(a))
