# boot.py: runs first at every boot of the board.
import os
print("boot.py on", os.uname().machine)
