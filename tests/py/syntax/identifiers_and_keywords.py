# Identifier forms: underscores, dunder-like names, soft keywords used as names, shadowed builtins.
_private = 1
__double = 2
trailing_ = 3
CamelCase = 4
x1y2z3 = 5
match = "match is a soft keyword, usable as a name"
case = "case too"
_ = "underscore"
print(_private, __double, trailing_, CamelCase, x1y2z3, match, case, _)
def _helper(__arg, _arg=0):
    return __arg + _arg
print(_helper(1), _helper(1, _arg=2))
class _Internal:
    __slots_like = "not special"
    def __init__(self):
        self._x = 1
print(_Internal()._x, hasattr(_Internal, "_Internal__slots_like") or hasattr(_Internal, "__slots_like"))
for _ in range(2):
    pass
print(_)
print = print
type_ = type
print(type_(1).__name__)
