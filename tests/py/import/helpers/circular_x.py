# Half of a circular import pair: x imports y, which imports x back.
X_EARLY = "x defined before importing y"
from . import circular_y
X_LATE = "x defined after importing y"
def from_y():
    return circular_y.Y_VALUE
