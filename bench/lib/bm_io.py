# Building and re-reading text and binary buffers with StringIO and BytesIO.
import io
total = 0
for _ in range(30):
    s = io.StringIO()
    for i in range(2000):
        s.write("line %d: value=%d\n" % (i, i * i))
    s.seek(0)
    for line in s:
        total += len(line)
    b = io.BytesIO()
    for i in range(2000):
        b.write(b"\x01\x02\x03\x04")
    b.seek(0)
    while True:
        chunk = b.read(64)
        if not chunk:
            break
        total += chunk[0]
print(total)
