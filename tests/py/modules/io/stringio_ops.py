# StringIO: positions count characters, writes over existing text replace as many characters,
# seeking past the end pads with NULs, reads by size count characters.
import io
s = io.StringIO("héllo wörld")
print(s.read(2), s.tell(), s.read(), s.tell(), repr(s.read()))
s.seek(1)
print(s.write("EE"), s.getvalue(), s.tell())
s.seek(0, 2)
print(s.tell(), s.write("!"), s.getvalue())
s.seek(20)
s.write("x")
print(repr(s.getvalue()), s.tell())
t = io.StringIO()
print(t.write("€uro\n"), t.write("second\n"), t.write("third"), t.tell())
t.seek(0)
print(repr(t.readline()), repr(t.readline(3)), repr(t.readline()), repr(t.readline()), repr(t.readline()))
t.seek(0)
print(t.readlines(), [line for line in io.StringIO("a\nb")])
u = io.StringIO("ab😀cd")
u.seek(2)
u.write("XYZ")
print(u.getvalue(), len(u.getvalue()))
print("via print", 1, 2.5, file=u, sep="|", end="#")
print(u.getvalue())
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for op in (lambda: c.read(), lambda: c.write("x"), lambda: c.getvalue(), lambda: c.seek(0)):
    try:
        op()
    except ValueError:
        print("ValueError closed")
for bad in (lambda: io.StringIO().write(b"x"), lambda: io.StringIO(b"x"), lambda: io.StringIO().seek(-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
