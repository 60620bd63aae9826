# print() into a file-like object captures exactly what would go to stdout.
import io
buf = io.StringIO()
print("a", 1, [2], sep=",", end=";", file=buf)
print(file=buf)
print("x", "y", file=buf)
for i in range(3):
    print(i, end=" ", file=buf)
text = buf.getvalue()
print(repr(text))
print(text.splitlines(), len(text))
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print("via", "custom", "writer", file=c)
print(c.parts, "".join(c.parts))
