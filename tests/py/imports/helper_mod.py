VALUE = 42
def twice(x):
    return 2 * x
_private = 1
print("helper_mod loaded as", __name__)
