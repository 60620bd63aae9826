# partition and rpartition always return three parts.
for s in ["key=value", "key=", "=value", "novalue", "", "a=b=c", "==="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("hello world".partition(" "), "hello world".rpartition("o"))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
print("abc".partition("abc"), "abc".rpartition("abcd"))
print("x€y€z".partition("€"), "x€y€z".rpartition("€"))
try:
    "abc".partition("")
except ValueError:
    print("ValueError partition")
try:
    "abc".rpartition("")
except ValueError:
    print("ValueError rpartition")
try:
    "abc".partition(None)
except TypeError:
    print("TypeError")
head, sep, tail = "GET /index.html HTTP/1.1".partition(" ")
print(head, sep == " ", tail)
scheme, _, rest = "http://host/path".partition("://")
hostname, _, path = rest.partition("/")
print(scheme, hostname, path)
print(type("a".partition("b")).__name__, len("a".rpartition("b")))
print("aaa".partition("a"), "aaa".rpartition("a"))
