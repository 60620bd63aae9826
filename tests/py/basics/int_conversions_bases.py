# Converting integers to and from strings in every base from 2 to 36.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = DIGITS[r] + out
    return sign + out
for n in (0, 1, 35, 36, 255, -255, 2 ** 31, 10 ** 20):
    reps = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, reps, all(int(to_base(n, b), b) == n for b in range(2, 37)))
print(int("zz", 36), int("-zz", 36), int("11111111", 2), int("377", 8), int("ff", 16) == 0xff)
print(to_base(2 ** 64 - 1, 16) == hex(2 ** 64 - 1)[2:], to_base(-8, 2) == bin(-8).replace("0b", ""))
print(int("  +7f  ", 16), int("Z", 36), int("10", 2) + int("10", 8) + int("10", 16))
