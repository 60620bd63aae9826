from helper_mod import *
print(VALUE, twice(1))
try:
    _private
except NameError:
    print("private not imported")
