# Indexing strings with positive and negative indexes.
s = "abcdef"
for i in range(-6, 6):
    print(i, s[i])
for bad in (6, -7, 100, -100):
    try:
        print(s[bad])
    except IndexError:
        print("IndexError", bad)
try:
    s["1"]
except TypeError:
    print("TypeError str index")
try:
    s[1.0]
except TypeError:
    print("TypeError float index")
print(s[True], s[False])
print(s[len(s) - 1], s[-len(s)])
e = ""
try:
    e[0]
except IndexError:
    print("IndexError empty")
for i, ch in enumerate(s):
    assert s[i] == ch
print("ok")
print([s[i] for i in range(0, len(s), 2)])
print(s[2 ** 3 - 8], s[-(2 ** 1)])
try:
    s[2 ** 70]
except IndexError:
    print("IndexError big")
