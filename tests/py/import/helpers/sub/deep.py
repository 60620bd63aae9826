# Module two levels down that reaches back up with relative imports.
from .. import mod_a
from ..mod_a import Thing
from . import SUB_VALUE
def make():
    return Thing(SUB_VALUE + "-" + str(mod_a.CONST))
