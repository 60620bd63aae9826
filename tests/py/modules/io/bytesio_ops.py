# BytesIO: bytes in and out, seeking past the end pads with zeros, readinto fills a buffer.
import io
b = io.BytesIO(b"0123456789")
print(b.read(3), b.tell(), b.seek(-2, 2), b.read(), b.read(5), b.seek(4), b.read(2))
b.seek(12)
b.write(b"AB")
print(b.getvalue(), b.tell())
b.seek(1)
b.write(bytearray(b"xy"))
b.write(memoryview(b"z"))
print(b.getvalue())
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf, b.readinto(memoryview(buf)[1:3]), buf)
lines = io.BytesIO(b"l1\nl2\r\nl3")
print(lines.readline(), lines.readlines(), list(io.BytesIO(b"a\nb\n")))
w = io.BytesIO()
for i in range(100):
    w.write(bytes([i]))
print(len(w.getvalue()), w.getvalue()[-3:], w.tell())
try:
    io.BytesIO().write("text")
except TypeError:
    print("TypeError")
with io.BytesIO(b"x") as c:
    pass
try:
    c.read()
except ValueError:
    print("ValueError closed")
