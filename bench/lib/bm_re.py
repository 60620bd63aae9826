# Regular expressions over modem responses and config lines: compiled and module-level.
import re
lines = ["+CSQ: %d,99" % (i % 32) for i in range(50)] + ["key%d = value%d ; other=%d" % (i, i, i * 3) for i in range(50)]
csq = re.compile("\\+CSQ: (\\d+),(\\d+)")
kv = re.compile("(\\w+)\\s*=\\s*(\\w+)")
total = 0
for _ in range(40):
    for line in lines:
        m = csq.match(line)
        if m:
            total += int(m.group(1))
        else:
            total += len(kv.search(line).group(2))
            total += len(re.split("\\s*;\\s*", line))
            total += len(re.sub("[0-9]+", "#", line))
print(total)
