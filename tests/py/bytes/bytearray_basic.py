# bytearray is a mutable sequence of bytes.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
print(ba)
ba[-1] = ord("O")
print(ba)
ba.append(33)
print(ba)
ba.extend(b" ok")
print(ba)
ba.extend([1, 2])
print(ba)
ba.extend(bytearray(b"Z"))
print(ba, len(ba))
ba += b"++"
print(ba)
c = ba + b"!"
print(type(c).__name__, c[-3:])
print(ba * 2 == ba + ba, len(ba * 0))
print(72 in ba, b"ok" in ba, 0 in ba)
try:
    ba[100] = 1
except IndexError:
    print("IndexError")
try:
    ba[0] = b"x"
except TypeError:
    print("TypeError assign bytes to item")
e = bytearray()
for i in range(5):
    e.append(i * 50)
print(e, bytes(e), list(e))
print(ba[:5].decode(), bytearray("é", "utf-8").decode())
