# Single requests larger than the whole heap raise MemoryError at once; nothing is left half-built.
# Firmware-only semantics, expected output in memory_error_large_request.py.exp.
requests = [
    ("bytearray", lambda: bytearray(16 * 1024 * 1024)),
    ("bytes", lambda: bytes(16 * 1024 * 1024)),
    ("list", lambda: [0] * (4 * 1024 * 1024)),
    ("str", lambda: "x" * (16 * 1024 * 1024)),
    ("join", lambda: "".join(["y" * 1024] * 16384)),
]
for name, make in requests:
    try:
        obj = make()
        print(name, "allocated", len(obj))
    except MemoryError:
        print(name, "MemoryError")
small = [i for i in range(1000)]
print(len(small), sum(small))
