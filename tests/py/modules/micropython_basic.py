# The micropython module (firmware only, so the expected output is in micropython_basic.py.exp):
# const() folds to its value, opt_level() reads back what was set (default 0), and while the heap
# is locked an allocation raises MemoryError that the program can catch.
import micropython
from micropython import const
SIZE = const(16)
MASK = const(SIZE - 1)
print(SIZE, MASK, const(2) * 3)
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
micropython.heap_lock()
try:
    big = [0] * 1000
    outcome = "allocated"
except MemoryError:
    outcome = "MemoryError while locked"
micropython.heap_unlock()
print(outcome)
after = [0] * 1000
print(len(after))
