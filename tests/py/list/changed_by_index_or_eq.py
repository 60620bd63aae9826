# An index's __index__ or an item's __eq__ that changes the list, bytearray or array being worked
# on: the length and the items are read after the call, so the result is what the changed object
# holds (or an IndexError), never an item from before.
import array

def attempt(label, f):
    try:
        print(label, f())
    except (IndexError, ValueError) as e:
        print(label, type(e).__name__)

for make in [list, bytearray, lambda x: array.array("b", x)]:
    for change in ["clear", "grow"]:
        seq = None
        class Index:
            def __init__(self, n):
                self.n = n
            def __index__(self):
                if change == "clear":
                    del seq[:]
                else:
                    seq.extend(make(range(50)))
                return self.n
        def fresh():
            global seq
            seq = make(range(1, 6))
            return seq
        name = type(fresh()).__name__ + " " + change
        attempt(name + " get", lambda: fresh()[Index(3)])
        attempt(name + " get -1", lambda: fresh()[Index(-1)])
        if name != "bytearray grow":   # CPython writes into the old buffer there (tests/limits has it)
            attempt(name + " set", lambda: (fresh().__setitem__(Index(2), 9), list(seq)[:6])[1])
        attempt(name + " del", lambda: (fresh().__delitem__(Index(-1)), len(seq))[1])
        attempt(name + " pop", lambda: fresh().pop(Index(1)))
        attempt(name + " insert", lambda: (fresh().insert(Index(2), 7), list(seq)[:6], len(seq))[1:])

# A bytearray changed by the __index__ of a width, count or inserted value.
b = None
class Shrink:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        b[:] = b"xy"
        return self.n
def fresh():
    global b
    b = bytearray(b"abcdefgh")
    return b
print(fresh().ljust(Shrink(5)), fresh().rjust(Shrink(4), b"*"), fresh().center(Shrink(6)), fresh().zfill(Shrink(4)))
print(fresh().split(b"c", Shrink(1)), fresh().replace(b"x", b"Q", Shrink(1)), b)
fresh().insert(6, Shrink(65))
print(b)
fresh().insert(-1, Shrink(66))
print(b)

# Lists compared while an item's __eq__ empties or grows one of them.
victim = []
class Clears:
    def __eq__(self, other):
        victim.clear()
        return False
    __hash__ = None
class Grows:
    def __eq__(self, other):
        if len(victim) < 100:
            victim.extend(range(10))
        return False
    __hash__ = None
for cls in [Clears, Grows]:
    for op in ["==", "!=", "<", "<=", ">", ">="]:
        victim[:] = list(range(5))
        other = [cls() for _ in range(5)]
        try:
            print(cls.__name__, op, eval("victim " + op + " other"), eval("other " + op + " victim"), len(victim))
        except TypeError:
            print(cls.__name__, op, "TypeError", len(victim))
