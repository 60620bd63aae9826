s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[::2], s[::-1], s[8:2:-2], s[-100:100])
s[2:5] = ["a", "b"]
print(s)
s[::3] = [0, 0, 0]
print(s)
del s[1:3]
print(s)
del s[::2]
print(s)
t = tuple(range(6))
print(t[1:4], t[::-2])
print("hello"[1:4], "hello"[::-1], "hello"[-2:])
print(b"bytes"[1:3], bytearray(b"abc")[::-1])
sl = slice(1, 8, 2)
print(sl.start, sl.stop, sl.step, list(range(10))[sl], sl.indices(5))
