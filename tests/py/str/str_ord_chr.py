# ord() and chr() across ASCII and the whole Unicode range.
for c in "aAz09 ~\n\x00\x7f":
    print(repr(c), ord(c))
for n in [0, 9, 32, 65, 97, 126, 127, 128, 255, 256, 0x20AC, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]:
    c = chr(n)
    print(n, repr(c) if n < 0x80 else len(c), ord(c) == n, len(c.encode()))
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) for c in "héllo"])
try:
    chr(0x110000)
except ValueError:
    print("ValueError chr")
try:
    chr(-1)
except ValueError:
    print("ValueError chr negative")
try:
    ord("ab")
except TypeError:
    print("TypeError ord 2 chars")
try:
    ord("")
except TypeError:
    print("TypeError ord empty")
print(ord(b"A"), ord(b"\xff"))
try:
    chr("a")
except TypeError:
    print("TypeError chr str")
print(chr(ord("Z") + 1), chr(0x41) + chr(0x42))
