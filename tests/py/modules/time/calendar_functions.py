# Pycom's calendar functions count seconds from 1970-01-01 and use 8-field tuples
# (year, month, mday, hour, minute, second, weekday 0=Monday, yearday); the seconds are a 32-bit
# int; mktime takes 8 or 9 fields, normalises out-of-range ones and returns an unsigned 32-bit
# count; timezone() sets the offset localtime adds (and mktime too, as the firmware does).
# Expected output in calendar.py.exp.
import utime
for t in (0, -1, 59, 86399, 86400, 951782400, 951868800, 978307199, 1700000000, 2147483647, -2147483648):
    print(t, utime.gmtime(t), utime.localtime(t) == utime.gmtime(t))
for tm in ((1970, 1, 1, 0, 0, 0, 0, 0), (2000, 2, 29, 12, 0, 0, 0, 0, 0), (2000, 13, 1, 0, 0, 0, 0, 0),
           (2000, 3, 0, 0, 0, 0, 0, 0), (2001, 1, 1, -1, 0, 0, 0, 0), (2023, 12, 31, 23, 59, 60, 0, 0),
           (1969, 12, 31, 23, 59, 59, 0, 0), (2106, 2, 7, 6, 28, 16, 0, 0), (2024, 0, 1, 0, 0, 0, 0, 0)):
    print(tm, utime.mktime(tm))
for t in range(-10 ** 6, 2 * 10 ** 9, 12345679):
    assert utime.mktime(utime.gmtime(t)) == t % 2 ** 32, t
print("round trips")
print(utime.timezone())
utime.timezone(3600)
print(utime.timezone(), utime.localtime(0), utime.gmtime(0), utime.mktime(utime.gmtime(0)))
utime.timezone(-7200)
print(utime.localtime(3600))
utime.timezone(0)
now = utime.time()
print(isinstance(now, int), now > 1500000000, len(utime.localtime()), len(utime.gmtime(None)))
for bad in ((2000, 1, 1), (1,) * 10):
    try:
        utime.mktime(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in (2 ** 31, -2 ** 31 - 1):
    try:
        utime.gmtime(bad)
    except OverflowError:
        print("OverflowError", bad)
try:
    utime.gmtime(1.5)
except TypeError:
    print("TypeError float")
