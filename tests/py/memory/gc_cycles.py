# Cyclic garbage far larger in total than the heap is reclaimed by the collector.
import gc
class Node:
    def __init__(self, payload):
        self.payload = payload
        self.other = None
made = 0
for i in range(300):
    a = Node(bytearray(32 * 1024))
    b = Node(bytearray(32 * 1024))
    a.other = b
    b.other = a
    made += 2
    a = b = None
    if i % 50 == 0:
        gc.collect()
print("made", made, "nodes holding", made * 32, "KiB in cycles")
ring = None
for i in range(200):
    items = [bytearray(16 * 1024) for _ in range(4)]
    items.append(items)
    ring = items
ring = None
gc.collect()
print("self-referencing lists reclaimed")
