# break, continue and return interacting with try/except/finally inside loops.
out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        if i == 2:
            raise ValueError(i)
        out.append(("body", i))
    except ValueError:
        out.append(("except", i))
        continue
    else:
        out.append(("else", i))
    finally:
        out.append(("finally", i))
print(out)
def retry(limit):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < limit:
                raise OSError("transient")
            return "success after %d" % attempts
        except OSError:
            if attempts >= 5:
                return "gave up"
            continue
        finally:
            out.append(attempts)
out.clear()
print(retry(3), out)
out.clear()
print(retry(9), out)
total = 0
for s in ["1", "x", "3", "", "5"]:
    try:
        total += int(s)
    except ValueError:
        continue
print(total)
n = 0
while n < 10:
    n += 1
    try:
        if n % 3:
            continue
    finally:
        out.append(n)
print(out[-10:])
