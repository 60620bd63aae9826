# The other half of the circular pair: sees only what x defined before its import of y.
from . import circular_x
Y_VALUE = "y sees: " + circular_x.X_EARLY
Y_SEES_LATE = hasattr(circular_x, "X_LATE")
