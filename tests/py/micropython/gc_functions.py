import gc
gc.collect()
before = gc.mem_free()
data = [bytearray(100) for _ in range(50)]
print(gc.mem_free() < before, gc.mem_alloc() > 5000)
data = None
gc.collect()
print(gc.mem_free() >= before - 1024)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.threshold())
gc.threshold(4096)
print(gc.threshold())
gc.threshold(-1)
