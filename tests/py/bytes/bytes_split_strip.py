# split/rsplit/strip/partition/replace/join on bytes.
print(b"a b  c".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"  pad  ".strip(), b"  pad  ".lstrip(), b"  pad  ".rstrip(), b"xxpadxx".strip(b"x"))
print(b"\t\n pad \r".strip(), b"".split(), b"".split(b","), b"   ".split())
print(b"key=value".partition(b"="), b"a=b=c".rpartition(b"="), b"none".partition(b"="))
print(b"banana".replace(b"a", b"o"), b"banana".replace(b"an", b"", 1), b"x".replace(b"y", b"z"))
print(b",".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]), b"-".join([]))
print(b"line1\nline2\r\nline3".splitlines())
try:
    b"a".split(b"")
except ValueError:
    print("ValueError empty separator")
try:
    b",".join([b"a", "b"])
except TypeError:
    print("TypeError str in join")
try:
    b",".join([1, 2])
except TypeError:
    print("TypeError int in join")
header, _, body = b"HEAD\r\n\r\nBODY".partition(b"\r\n\r\n")
print(header, body)
fields = b"GET /path HTTP/1.1".split(b" ")
print(fields, [f.decode() for f in fields])
print(b"a b c d".rsplit(b" ", 2), b"a b c d".split(None, 2))
print(b"\x00\x01\x00\x02".split(b"\x00"), b"..a..".strip(b"."))
