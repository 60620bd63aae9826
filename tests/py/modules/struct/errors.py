# Invalid format strings and short buffers raise errors (exact types differ by implementation).
# (A wrong number of values is the firmware's own rule: see firmware_rules.py.)
import struct
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception:
        print(label, "error")
attempt("bad typecode", lambda: struct.pack("<y", 1))
attempt("calcsize bad typecode", lambda: struct.calcsize("<y"))
attempt("unpack short buffer", lambda: struct.unpack("<Q", b"\x00" * 7))
attempt("float for int", lambda: struct.pack("<I", 1.5))
attempt("valid", lambda: struct.pack("<I", 7))
attempt("empty format", lambda: struct.pack("<"))
attempt("calcsize empty", lambda: struct.calcsize("<"))
