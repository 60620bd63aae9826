from . import mod_b
from .mod_b import B_VALUE
A_VALUE = "a+" + B_VALUE
