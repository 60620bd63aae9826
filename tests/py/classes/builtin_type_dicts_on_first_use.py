# A built-in type's methods are found the first time they are asked for, whichever way the
# program asks: attribute, dir(), help-style __dict__, super(), a subclass, getattr with a name
# the program made itself, or several threads at once.
import _thread

# A name the program builds at run time must still find the type's own method.
name = "".join(["de", "code"])
print(getattr(bytearray(b"ok"), name)())
print(getattr(memoryview(b"ab"), "to" + "list")())

# The type's dict as a whole, before anything else touched the type.
d = frozenset.__dict__
print("union" in d, "isdisjoint" in d, "__contains__" in d)
print(sorted(k for k in dir(range) if not k.startswith("_")))


# A subclass made before its base was ever used reaches the base's methods through super().
class Counted(bytearray):
    def extend(self, more):
        super().extend(more)
        return len(self)


print(Counted(b"ab").extend(b"cd"))
print(Counted.__mro__[1].__name__, Counted.count(Counted(b"aab"), b"a"))

# Class methods, static methods and constants of a type first used here.
print(dict.fromkeys("xy", 0), int.from_bytes(b"\x01\x00", "little"), bytes.fromhex("4142"))

# Several threads first touch the same untouched types at once and must all see one dict.
results = []
lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()


def worker(n):
    try:
        r = repr([
            (3 + 4j).conjugate(),
            b"abcb".rfind(b"b"),
            (255).to_bytes(2, "big"),
            "a,b,c".rsplit(",", 1),
            sorted(set("hello").symmetric_difference("world")),
            list(reversed((1, 2, 3))),
        ])
    except Exception as e:
        r = repr(e)
    with lock:
        results.append(r)
        if len(results) == 4:
            finished.release()


for n in range(4):
    _thread.start_new_thread(worker, (n,))
finished.acquire()
print(len(results), len(set(results)), results[0])
