# main.py: a sensor node that wakes every ten minutes, keeps a log on /flash and sleeps again.
import machine
import os
import utime

CAUSES = {machine.PWRON_RESET: "power on", machine.DEEPSLEEP_RESET: "deep sleep wake",
          machine.WDT_RESET: "reset", machine.SOFT_RESET: "soft reset"}
LOG = "/flash/readings.csv"

def reading():
    # Work for a while, as a real sensor read would: the board's clock moves with the CPU.
    start = utime.ticks_us()
    value = sum(i * i for i in range(2000)) % 997 + machine.rng() % 100
    return value, utime.ticks_diff(start, utime.ticks_us())

if LOG.split("/")[-1] not in os.listdir("/flash"):
    with open(LOG, "w") as f:
        f.write("time_s,value\n")
value, took_us = reading()
with open(LOG, "a") as f:
    f.write("%d,%d\n" % (utime.time(), value))
with open(LOG) as f:
    lines = f.read().split("\n")[1:-1]
print("%s at %d s: reading %d (took %d us), %d readings on /flash, %d KiB free"
      % (CAUSES.get(machine.reset_cause(), "?"), utime.time(), value, took_us, len(lines), os.getfree("/flash")))
machine.deepsleep(10 * 60 * 1000)
