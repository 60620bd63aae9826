# Unbounded recursion raises RuntimeError (RecursionError in CPython, a subclass) and the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RuntimeError:
    print("caught runaway recursion")
def forever_method():
    class Node:
        def down(self):
            return self.down()
    return Node().down()
try:
    forever_method()
except RuntimeError:
    print("caught runaway method recursion")
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RuntimeError:
    print("caught runaway mutual recursion")
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("still works afterwards:", depth(50))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RuntimeError:
    print("caught recursion in __repr__")
