# Filling the fixed heap with instances (each an object and its dict with room for its attributes)
# raises MemoryError at whichever allocation runs out: the instance, its dict, the dict's growth
# past its room, or the list holding them. The program catches it and the heap is usable again.
# Firmware-only (CPython would grow without bound), so the output is in the .exp file.
import gc


class Node:
    def __init__(self, i):
        self.i = i
        self.name = "n"
        self.next = None


def fill(extra):
    held = []
    try:
        while True:
            n = Node(len(held))
            for k in range(extra):
                setattr(n, "x%d" % k, k)
            held.append(n)
    except MemoryError:
        pass
    count = len(held)
    del held[count // 2:]   # room for the checks below
    gc.collect()
    ok = all(n.i == k for k, n in enumerate(held[:1000]))
    held = None
    gc.collect()
    return count > 300, ok


for extra in (0, 3, 12, 30):
    print(extra, fill(extra))
again = [Node(i) for i in range(2000)]
print("allocated again", len(again), again[-1].i, sorted(vars(again[0])))
