# Imports inside functions bind local names; the module is still shared.
def use_math():
    import math
    return math.sqrt(81)
print(use_math())
try:
    math
except NameError:
    print("math is not a global here")
def lazy():
    from helpers.mod_a import bump
    return bump()
print(lazy(), lazy())
def conditional(flag):
    if flag:
        import json as codec
    else:
        import struct as codec
    return codec
print(conditional(True).dumps([1]), conditional(False).pack("<B", 7))
import helpers.mod_a
print(helpers.mod_a.counter)
