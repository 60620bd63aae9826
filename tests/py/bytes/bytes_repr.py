# repr of bytes uses printable ASCII, short escapes and \xNN.
print(repr(b""), repr(b"abc"), repr(b"\x00"), repr(b"\x7f"), repr(b"\x80\xff"))
print(repr(b"\t\n\r"), repr(b"\x0b\x0c"), repr(b"\x1b"))
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' \""), repr(b"\\"))
print(repr(bytes(range(32, 40))), repr(bytes([0x41, 0x00, 0xfe])))
print(repr(bytearray(b"abc")), repr(bytearray()), repr(bytearray(b"\x00\xff")))
print(str(b"x"), str(bytearray(b"y")))
print([b"a", b"\x01"], (b"",), {b"k": b"v"})
for i in (0, 9, 10, 13, 31, 32, 39, 92, 126, 127, 128, 255):
    print(i, repr(bytes([i])))
print(repr("é".encode()), repr("€".encode()))
print("%s|%r" % (b"ab", b"ab"), "{}|{!r}".format(b"c", b"c"))
print(f"{b'd'}", f"{bytearray(b'e')!r}")
