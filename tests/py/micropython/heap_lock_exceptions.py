# While micropython.heap_lock() holds, a built-in exception is still raised with its own type
# (without its arguments, which would need the heap), as MicroPython's emergency exception is;
# an instance of a class of the program cannot be made: MemoryError.
import micropython

class Custom(Exception):
    pass

def raise_instance():
    raise ValueError("boom")

def raise_custom():
    raise Custom

d = {}
prepared = KeyError("prepared")

def reraise_prepared():
    raise prepared

def locked(f):
    caught = None
    micropython.heap_lock()
    try:
        f()
    except Exception as e:
        caught = e   # nothing that allocates while the heap is locked
    micropython.heap_unlock()
    print(type(caught).__name__, caught.args if caught else None)

for f in [lambda: d[1], lambda: 1 // 0, lambda: d.nothere, lambda: int("x"), lambda: len(5), raise_instance,
          lambda: ValueError(1, 2), raise_custom, lambda: [1, 2], reraise_prepared]:
    locked(f)
try:
    d[2]
except KeyError as e:
    print("unlocked", e.args)
