# A heap request that fails names its size, as MicroPython's "memory allocation failed,
# allocating N bytes"; a source too large to compile names the source's size and the heap's.
import re

kept = []
try:
    while True:
        kept.append([0] * 100)
except MemoryError as e:
    print(re.match(r"memory allocation failed, allocating \d+ bytes$", e.args[0]) is not None)
kept = None

try:
    compile("x = 1\n" * 200000, "big", "exec")
except MemoryError as e:
    print(re.match(r"memory allocation failed, compiling 1200000 bytes of source \(heap \d+ bytes\)$", e.args[0]) is not None)
print("after", len([1, 2, 3]))
