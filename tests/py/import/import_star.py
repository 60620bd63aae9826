# Star imports honour __all__, and otherwise skip underscore names.
from helpers.with_all import *
print(exported, ALSO)
try:
    print(not_listed)
except NameError:
    print("NameError: not_listed is outside __all__")
from helpers.without_all import *
print(public_name, public_function())
try:
    print(_underscore_name)
except NameError:
    print("NameError: underscore names are not star-imported")
