# Items of bytes and bytearray read and written with int indexes: negative and out-of-range
# indexes, byte values out of range, bools, big ints, and subclasses that override the methods.
ba = bytearray(b"\x00\x01\x7f\x80\xff")
b = bytes(ba)
for i in [0, 4, -1, -5, 2]:
    print(i, ba[i], b[i])
for i in [5, -6, 2 ** 62, -(2 ** 62), 2 ** 70]:
    for seq in (ba, b):
        try:
            print(seq[i])
        except IndexError:
            print(i, type(seq).__name__, "IndexError")
print(ba[True], b[False], ba[-True])

for i, v in [(0, 255), (-1, 0), (2, 128), (True, 7), (1, False), (3, True)]:
    ba[i] = v
print(ba)
for i, v in [(0, 256), (0, -1), (1, 1.0), (1, "a"), (9, 1), (-9, 1), (2 ** 70, 1)]:
    try:
        ba[i] = v
    except (ValueError, TypeError, IndexError) as e:
        print(i, v, type(e).__name__)
print(ba)
try:
    b[0] = 1
except TypeError:
    print("bytes TypeError")

# A loop that fills and reads a bytearray by index, as table code does.
table = bytearray(256)
for i in range(256):
    table[i] = (i * 7 + 3) & 0xFF
print(sum(table[i] ^ i for i in range(256)), table[-1], table[:4])
# Resized while indexed.
grow = bytearray(b"ab")
for i in range(4):
    if i < len(grow):
        grow[i] = grow[i] + 1
        grow.append(120 + i)
print(grow)


class Upper(bytearray):
    def __getitem__(self, i):
        return "get%r" % (i,)

    def __setitem__(self, i, v):
        print("set", i, v)


u = Upper(b"xyz")
print(u[0], u[-1], u[9])
u[0] = 300
u[5] = 1


class Plain(bytearray):
    pass


p = Plain(b"pq")
p[0] = 65
print(p[0], p[-1], bytes(p))


class Key(int):
    def __index__(self):
        return 1


print(ba[Key(0)], b[Key(4)])
