# Two OrderedDicts are equal only with the same items in the same order; an OrderedDict and a dict
# compare as dicts.
from collections import OrderedDict
a = OrderedDict([(1, "a"), (2, "b")])
b = OrderedDict([(2, "b"), (1, "a")])
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict([(1, "a"), (2, "b")]))
b.move_to_end(2)
print(a == b, a != b)
print(OrderedDict() == OrderedDict(), OrderedDict([(1, 1)]) == OrderedDict([(1, 2)]), a == [1, 2])
