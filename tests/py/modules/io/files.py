# open(): text and binary modes, r/w/a/x/+, reading by size, lines, iteration, seek/tell, and
# OSError for files that cannot be opened. Scratch files live beside this program.
import sys
base = __file__ + "." + sys.implementation.name
text_path, bin_path = base + ".txt.tmp", base + ".bin.tmp"
with open(text_path, "w") as f:
    print(f.write("first line\n"), f.write("sécond\n"), f.write("third"))
with open(text_path) as f:
    print(repr(f.read(5)), repr(f.readline()), f.readlines())
with open(text_path, "a") as f:
    f.write("\nappended")
with open(text_path, "r") as f:
    print([line.rstrip() for line in f])
with open(text_path, "r+") as f:
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
with open(bin_path, "wb") as f:
    print(f.write(bytes(range(10))), f.write(bytearray(b"\xff")), f.tell())
with open(bin_path, "rb") as f:
    print(f.read(3), f.seek(8), f.read(), f.seek(-4, 2), f.read(2), f.tell())
    buf = bytearray(5)
    f.seek(0)
    print(f.readinto(buf), buf)
with open(bin_path, "ab") as f:
    f.write(b"\x00")
with open(bin_path, "rb") as f:
    print(len(f.read()))
try:
    open(bin_path, "x")
except OSError as e:
    print("OSError exists", e.args[0] == 17)
for mode in ("rw", "q", "rbt", "", "w++"):
    try:
        open(text_path, mode)
    except ValueError:
        print("ValueError", repr(mode))
try:
    open(base + ".missing/none.txt")
except OSError as e:
    print("OSError missing", e.args[0] == 2)
f = open(text_path)
f.close()
f.close()
try:
    f.read()
except ValueError:
    print("ValueError closed")
with open(text_path) as f:
    try:
        f.write("no")
    except OSError:
        print("OSError read-only")
with open(text_path, "w") as f:
    pass
with open(text_path) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
