# Errors from invalid bytes operations.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except UnicodeError:
        print(label, "UnicodeError")
    except Exception as e:
        print(label, type(e).__name__)
attempt("bytes+str", lambda: b"a" + "b")
attempt("bytes+int", lambda: b"a" + 1)
attempt("bytes*float", lambda: b"a" * 1.5)
attempt("bytes-bytes", lambda: b"a" - b"a")
attempt("index out", lambda: b"abc"[3])
attempt("bytes([256])", lambda: bytes([256]))
attempt("bytes('x')", lambda: bytes("x"))
attempt("decode invalid", lambda: b"\xc3\x28".decode())
attempt("fromhex odd", lambda: bytes.fromhex("abc"))
def set_item_to_str():
    ba = bytearray(1)
    ba[0] = "a"
attempt("bytearray item str", set_item_to_str)
attempt("find str", lambda: b"abc".find("a"))
attempt("str.join bytes", lambda: "".join([b"a"]))
attempt("int from bad bytes", lambda: int(b"x1"))
attempt("bytes < str", lambda: b"a" < "a")
attempt("bytes == str", lambda: b"a" == "a")
attempt("ord long bytes", lambda: ord(b"ab"))
attempt("memoryview of int", lambda: memoryview(5))
attempt("bytes neg", lambda: bytes(-2))
attempt("ok slice", lambda: b"abc"[5:10])
attempt("ok repeat", lambda: b"ab" * 2)
