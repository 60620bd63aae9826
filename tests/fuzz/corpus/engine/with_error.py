import sys
with open if 0 else None:
    pass
