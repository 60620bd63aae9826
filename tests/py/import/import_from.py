# from-imports bind names directly; they are references, not copies, for mutable objects.
from helpers.mod_a import CONST, bump, Thing
from helpers import mod_a
from helpers.mod_a import counter
print(CONST, Thing("x"), bump(), bump(), mod_a.counter, counter)
from helpers.mod_a import describe as d, CONST as C
print(d(), C)
from helpers.mod_a import (
    CONST as C2,
    _private,
)
print(C2, _private)
try:
    from helpers.mod_a import does_not_exist
except ImportError:
    print("ImportError for missing name")
