# OrderedDict prints as MicroPython prints it: OrderedDict({...}). Expected output in
# ordereddict_repr.py.exp (CPython 3.11 prints OrderedDict([(...)])).
from ucollections import OrderedDict
print(OrderedDict(), OrderedDict([("b", 1), ("a", [2])]))
