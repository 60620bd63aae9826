# A heap request that fails names its size, as MicroPython's "memory allocation failed,
# allocating N bytes"; a source too large to compile names the source's size and the heap's.
# Requests refused before they reach the heap (larger than all of it) name their size too.
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

import array
for expr in ["bytearray(10**12)", "bytes(2**40)", "[0] * 2**40", "(1, 2) * 2**40", "'ab' * 2**40",
             "b'x' * 10**12", "bytearray(b'ab') * 2**40", "'%2333333333s' % 'x'", "'x'.center(10**9)",
             "array.array('i', [1]) * 2**40"]:
    try:
        eval(expr)
        print(expr, "allocated")
    except MemoryError as e:
        print(expr, e.args)
# A product of more than 64 bits names no size.
try:
    [1, 2] * 2 ** 62
except MemoryError as e:
    print(e.args)
print("after", len([1, 2, 3]))
