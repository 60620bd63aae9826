import ujson, math
print(float("0." + "0" * 323 + "1"), float("1" + "0" * 400), ujson.loads("1e309"), format(1e308, "%"))
for s in ["a", b"a"]:
    print(s.center(-2 ** 63), s.ljust(-2 ** 63), s.rjust(-2 ** 63), s.zfill(-2 ** 63))
for f in [lambda: ("x" * 1000).replace("x", "y" * 1000), lambda: int("9" * 20000), lambda: math.factorial(2 ** 63 - 1),
          lambda: repr(["x" * 1000] * 1000), lambda: b"".join([b"x" * 1000] * 1000), lambda: ujson.dumps(["x" * 1000] * 1000)]:
    try:
        f()
    except (MemoryError, ValueError):
        pass
