# Helper module that imports a sibling with a relative import.
from . import mod_a
from .mod_a import CONST as A_CONST
def combined():
    return A_CONST + mod_a.CONST
