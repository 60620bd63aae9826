# gc control and heap figures (firmware semantics, so the expected output is in gc_basic.py.exp):
# collect() returns None as in MicroPython; mem_free/mem_alloc are ints that move with allocations;
# threshold() reads back what was set, -1 meaning "no threshold".
import gc
print(gc.collect())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
free0 = gc.mem_free()
alloc0 = gc.mem_alloc()
print(isinstance(free0, int), isinstance(alloc0, int), free0 > 0, alloc0 > 0)
data = [bytearray(1000) for _ in range(50)]
alloc1 = gc.mem_alloc()
print(alloc1 - alloc0 >= 50000, gc.mem_free() < free0)
del data
gc.collect()
print(gc.mem_alloc() < alloc1)
gc.threshold(20000)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
