# bytes/bytearray with an encoding or errors argument need a str source.
for make in [lambda: bytes([1, 2, 3], 1), lambda: bytes([1, 2, 3], "utf-8"), lambda: bytearray(3, "ascii"),
             lambda: bytes("abc"), lambda: bytes(encoding="utf-8"), lambda: bytes("ab", "utf-8", 5)]:
    try:
        print(make())
    except TypeError:
        print("TypeError")
print(bytes("ab", "utf-8"), bytearray("é", "utf-8"), bytes([1, 2]), bytes(2))
