# Out-of-range slice bounds are clipped; indexes are not.
s = "hello"
l = [1, 2, 3]
t = (1, 2, 3)
print(repr(s[10:20]), repr(s[-20:2]), repr(s[2:-20]), repr(s[-20:-10]), repr(s[3:3]))
print(l[5:], l[-5:], l[:5], l[:-5], l[1:-1], l[-1:1])
print(t[10:], t[-10:], t[::10], t[::-10])
print(b"abc"[5:], b"abc"[-5:], bytearray(b"abc")[1:10])
print(list(range(5))[3:100:2], list(range(5))[-100:100])
for seq in (s, l, t, b"xyz"):
    try:
        seq[len(seq)]
    except IndexError:
        print("IndexError", type(seq).__name__)
    print(seq[len(seq):] == seq[:0])
big = 2 ** 64
print(l[big:], l[-big:], l[:big], l[::big], repr(s[big:]))
print(l[2 ** 31:], l[-2 ** 31:2 ** 31])
m = list(range(10))
m[20:30] = ["tail"]
print(m)
m[-30:-20] = ["head"]
print(m)
