# chr and ord as inverse functions over ASCII, Latin-1, BMP and astral code points.
for cp in (0, 9, 10, 32, 48, 65, 97, 127, 160, 233, 255, 256, 1000, 0x20AC, 0x3042, 0xFFFD, 0x1F600, 0x10FFFF):
    c = chr(cp)
    print(cp, ord(c) == cp, len(c), len(c.encode()), repr(c) if cp < 128 else "")
print("".join(chr(c) for c in range(0x41, 0x5B)), [ord(c) - ord("a") for c in "python"])
print(sum(ord(c) for c in "checksum") % 256, chr(ord("a") ^ 0x20), chr(ord("Z") | 0x20))
shifted = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(shifted)
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError:
        print("ValueError", bad)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError:
        print("TypeError", repr(bad))
