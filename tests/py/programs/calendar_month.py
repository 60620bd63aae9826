# Printing month calendars with Zeller-style weekday computation.
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def month_days(y, m):
    if m == 2:
        return 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def calendar(y, m):
    lines = ["%d-%02d" % (y, m), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + ["%2d" % d for d in range(1, month_days(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines
for ym in ((2024, 2), (2000, 1), (1970, 1)):
    print("\n".join(calendar(*ym)))
print([weekday(2024, 1, d) for d in range(1, 8)], weekday(1999, 12, 31), weekday(2038, 1, 19))
