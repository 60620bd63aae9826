# Slicing strings with all combinations of start, stop and step.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(s[100:], s[-100:3], s[3:100], s[5:2], s[-1:-5], repr(s[10:]))
print(s[::-3], s[-1::-4], s[:0:-1], s[:-11:-1])
print(s[9:-11:-1], s[0:10:9], s[0:11:9])
for start in (None, -12, -3, 0, 4, 12):
    for stop in (None, -12, -3, 0, 6, 12):
        for step in (None, 1, 2, -1, -3):
            r = s[start:stop:step]
            assert r == "".join(list(s)[start:stop:step])
print("all slices consistent")
try:
    s[::0]
except ValueError:
    print("ValueError step 0")
sl = slice(1, 8, 3)
print(s[sl], s[slice(None, None, -1)], s[slice(4)])
print("é€x"[::-1], "héllo"[1:3])
print(s[True:5], s[2 ** 70:], s[-2 ** 70:2])
