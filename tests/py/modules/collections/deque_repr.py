# deque reprs and MicroPython's deque(iterable, maxlen, flags): flags & 1 raises IndexError when
# a bounded deque is full. Expected output in deque_repr.py.exp (CPython has no flags argument).
from ucollections import deque
print(deque(), deque([1, "a"]), deque((1, 2), 5))
strict = deque((), 2, 1)
strict.append(1)
strict.append(2)
try:
    strict.append(3)
except IndexError as e:
    print("IndexError", e)
print(strict, len(strict))
