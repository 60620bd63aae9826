# find/rfind/index/rindex with optional start and end.
s = "abracadabra"
for sub in ["a", "bra", "cad", "z", "", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", 4, 5), s.find("a", 20))
print(s.rfind("a", 0, 5), s.rfind("a", -4), s.rfind("bra", 2), s.rfind("bra", 0, 4))
print(s.find("a", -3), s.find("a", -100), s.find("", 5), s.find("", 11), s.find("", 12))
print(s.rfind("", 5), s.rfind(""), s.find("b", 2, 1))
print(s.index("c"), s.rindex("a"), s.index("a", 4), s.rindex("b", 0, 5))
try:
    s.index("z")
except ValueError:
    print("ValueError index")
try:
    s.rindex("a", 4, 5)
except ValueError:
    print("ValueError rindex")
try:
    s.find(1)
except TypeError:
    print("TypeError find int")
print("日本語日本".find("本"), "日本語日本".rfind("本"), "日本語日本".index("語"))
print("aaaa".find("aa"), "aaaa".rfind("aa"), "aaaa".find("aa", 1))
print("".find(""), "".find("a"), "".rfind(""))
pos = -1
found = []
while True:
    pos = s.find("a", pos + 1)
    if pos < 0:
        break
    found.append(pos)
print(found)
