# Circular imports see partially initialised modules.
from helpers import circular_x
from helpers import circular_y
print(circular_y.Y_VALUE)
print(circular_y.Y_SEES_LATE)
print(circular_x.X_LATE, circular_x.from_y())
