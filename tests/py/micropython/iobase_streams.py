# Classes deriving from io.IOBase are streams: readinto/write in Python, the shared methods on top.
import uio, ujson

class Source(uio.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

class Sink(uio.IOBase):
    def __init__(self):
        self.parts = []
    def write(self, buf):
        self.parts.append(buf if isinstance(buf, str) else bytes(buf))
        return len(buf)

s = Source(b"line1\nline2\nrest")
print(s.readline(), s.read(3), s.read(), s.read())
print([line for line in Source(b"a\nb\nc")])
with Source(b"xyz") as t:
    print(t.read(2))
print(isinstance(s, uio.IOBase))
k = Sink()
print("hello", 42, file=k)
ujson.dump({"a": [1, 2]}, k)
print(k.parts)

class Nothing(uio.IOBase):
    pass
n = Nothing()
for op in [lambda: n.read(), lambda: n.write(b"x")]:
    try:
        op()
    except OSError:
        print("OSError")
