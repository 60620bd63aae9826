# Calendar computations with plain integer arithmetic: leap years, day of week, day differences.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def day_number(y, m, d):
    y2 = y - 1
    n = y2 * 365 + y2 // 4 - y2 // 100 + y2 // 400
    n += sum(days_in_month(y, k) for k in range(1, m))
    return n + d
def weekday(y, m, d):
    return (day_number(y, m, d) + 0) % 7
NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
for date in [(1970, 1, 1), (2000, 1, 1), (2000, 2, 29), (2024, 2, 29), (2038, 1, 19), (1999, 12, 31)]:
    print(date, NAMES[weekday(*date)], day_number(*date) - day_number(1970, 1, 1))
print([y for y in range(1896, 1910) if is_leap(y)], is_leap(2000), is_leap(2100))
def add_days(y, m, d, n):
    while n > 0:
        left = days_in_month(y, m) - d
        if n <= left:
            return (y, m, d + n)
        n -= left + 1
        d = 1
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return (y, m, d)
print(add_days(2024, 2, 28, 1), add_days(2023, 2, 28, 1), add_days(1999, 12, 31, 1), add_days(2024, 1, 1, 365))
seconds = 1700000000
days, rem = divmod(seconds, 86400)
h, rem = divmod(rem, 3600)
mi, s = divmod(rem, 60)
print(days, h, mi, s, add_days(1970, 1, 1, days))
