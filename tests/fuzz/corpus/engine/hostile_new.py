import uhashlib, uio, ucollections
for t in [type(iter([])), type, int, str, uhashlib.sha256, uio.BytesIO, ValueError, type(None), type(zip()),
          ucollections.deque, type({}.keys()), memoryview, type(x for x in [])]:
    for make in [lambda: object.__new__(t), lambda: t.__new__(t), lambda: t()]:
        try:
            o = make()
            repr(o)
            next(o)
        except Exception:
            pass
for expr in ["int.from_bytes(b'b', 0)", "(5).to_bytes(2, 0)", "int.from_bytes(b'b', None)", "(5).to_bytes(-1, 'big')"]:
    try:
        eval(expr)
    except (TypeError, ValueError, OverflowError):
        pass
