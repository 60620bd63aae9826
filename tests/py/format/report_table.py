# Building a text report with all three formatting styles giving identical output.
rows = [("sensor-a", 21.5, 3), ("sensor-bb", -4.25, 12), ("c", 100.0, 0)]
print("%-10s %8s %5s" % ("name", "value", "count"))
for name, value, count in rows:
    print("%-10s %8.2f %5d" % (name, value, count))
print("{:<10} {:>8} {:>5}".format("name", "value", "count"))
for name, value, count in rows:
    print("{:<10} {:8.2f} {:5d}".format(name, value, count))
print(f"{'name':<10} {'value':>8} {'count':>5}")
for name, value, count in rows:
    print(f"{name:<10} {value:8.2f} {count:5d}")
a = ["%-10s %8.2f %5d" % r for r in rows]
b = ["{:<10} {:8.2f} {:5d}".format(*r) for r in rows]
c = [f"{r[0]:<10} {r[1]:8.2f} {r[2]:5d}" for r in rows]
print(a == b == c)
total = sum(r[1] for r in rows)
print("total: %.3f | %s | %s" % (total, "{:.3f}".format(total), f"{total:.3f}"))
