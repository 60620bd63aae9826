# Filling the fixed GC heap (2.5 MiB by default, as on PSRAM boards) raises MemoryError, which the
# program catches; after dropping the references the memory is reusable. Firmware-only semantics
# (CPython would grow without bound), so the expected output is in memory_error_recovery.py.exp.
import gc
chunks = []
try:
    while True:
        chunks.append(bytearray(64 * 1024))
except MemoryError:
    print("MemoryError caught")
count = len(chunks)
print(20 <= count <= 40)
chunks = None
gc.collect()
again = [bytearray(64 * 1024) for _ in range(20)]
print("allocated again", len(again))
again = None
gc.collect()
print("still healthy", sum(range(1000)))
