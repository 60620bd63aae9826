# Frozen into the firmware and run on every boot, safe boot included, before boot.py:
# the REPL talks over the first UART at 115200 baud.
import os
from machine import UART

os.dupterm(UART(0, 115200))
