# What __index__ and __int__ return must be an int: hex, oct, bin and int refuse anything else
# (TypeError), for int's subclasses too.
class MyInt(int):
    pass
class Index:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Int:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
for f in (hex, oct, bin, int, MyInt):
    for make in (Index, Int):
        for v in (5, -5, 2**70, 1.5, "7", None, [1]):
            try:
                print(f.__name__, make.__name__, repr(v), f(make(v)))
            except TypeError:
                print(f.__name__, make.__name__, repr(v), "TypeError")
