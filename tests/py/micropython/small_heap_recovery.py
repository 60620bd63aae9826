# The firmware's heap is fixed (67 KiB on rev-0 boards): running out raises MemoryError, which a
# program can catch and carry on.
import gc
blocks = []
try:
    while True:
        blocks.append(bytearray(1024))
except MemoryError:
    count = len(blocks)
blocks = None
gc.collect()
print("filled", count > 100)
print(sum(range(1000)))
