# Module attributes read through the call-site cache: a rebinding, a delete, a new name and a
# different module at the same site must each be seen at once.
import math
import cmath


def read():
    return math.sqrt(16.0), math.pi > 3


print(read())
saved = math.sqrt
math.sqrt = lambda x: "rebound"
print(read())
del math.sqrt
try:
    read()
except AttributeError as e:
    print("AttributeError", e)
math.sqrt = saved
print(read())
for m in (math, cmath, math):
    print(m.sqrt(4), m.e > 2)
math.answer = 42
print([math.answer for _ in range(3)])
del math.answer
try:
    print(math.answer)
except AttributeError as e:
    print("AttributeError", e)
