# for i in range(...) with small-int arguments makes the loop's iterator without the range object;
# every other argument, and a range that is not the built-in, take the call as before.
for i in range(3): print(i)
for i in range(5, 0, -2): print(i)
for i in range(2**62 - 2, 2**62 + 1): print(i)
for i in range(-2**62, -2**62 + 2): print(i)
for i in range(0, 10, 2**62): print(i)
try:
    for i in range(1, 2, 0): pass
except ValueError as e: print("VE", e)
try:
    for i in range(1.5): pass
except TypeError as e: print("TE", e)
try:
    for i in range(): pass
except TypeError as e: print("TE", e)
try:
    for i in range(1, 2, 3, 4): pass
except TypeError as e: print("TE", e)
class I:
    def __index__(self): return 2
for i in range(I()): print(i)
for i in range(True): print(i)
r = range
def range(*a): return [7, 8]
for i in range(3): print(i)
del range
x = [i * i for i in range(4)]
print(x, list(range(3)), type(iter(range(3))).__name__)
it = iter(range(0, 10, 3)); print(next(it), list(it))
